using PapersLsp.Core.Documents;
using PapersLsp.Core.Text;

namespace PapersLsp.Features.Completion;

/// <summary>What is being typed at the cursor.</summary>
public enum CompletionPlace
{
    /// <summary>After <c>arXiv:</c> or <c>arxiv.org/abs/</c>: an id, searched by title, author or id text.</summary>
    ArxivId,
    /// <summary>Inside <c>\cite{…}</c> and its family, or after a pandoc <c>@</c>: a citation key.</summary>
    CitationKey,
    /// <summary>A word in running text, on explicit invocation: a paper title.</summary>
    Text,
    /// <summary>Between entries of a .bib file, after <c>@arxiv</c> or an id: a whole BibTeX entry.</summary>
    BibEntry,
}

/// <summary>The place, the text typed so far (the query) and the span completion replaces.</summary>
public sealed record CompletionContext(CompletionPlace Place, string Query, TextSpan Replace)
{
    private const int LookBehind = 400;

    private static readonly System.Buffers.SearchValues<char> NotInQuery = System.Buffers.SearchValues.Create("()[]{}<>|`\"");

    /// <summary>
    /// Reads the context from the text before the cursor only (a small local parse), so half-typed text that
    /// the full parse cannot make sense of still completes.
    /// </summary>
    public static CompletionContext? Detect(TextDocument document, int offset, bool explicitlyInvoked)
    {
        var text = document.Text;
        offset = Math.Clamp(offset, 0, text.Length);
        var lineStart = document.Lines.LineStart(document.Lines.GetPosition(offset).Line);
        if (document.Language == DocumentLanguage.Bibtex) return BibEntryPlace(document, lineStart, offset);
        if (ArxivPrefix(text, lineStart, offset) is { } afterPrefix)
            return new CompletionContext(CompletionPlace.ArxivId, text[afterPrefix..offset].Trim(), TextSpan.FromBounds(afterPrefix, offset));
        if (document.Language == DocumentLanguage.Latex && LatexCitation(text, offset) is { } keyStart)
            return new CompletionContext(CompletionPlace.CitationKey, text[keyStart..offset], TextSpan.FromBounds(keyStart, offset));
        if (document.Language == DocumentLanguage.Markdown && PandocCitation(text, lineStart, offset) is { } pandocStart)
            return new CompletionContext(CompletionPlace.CitationKey, text[pandocStart..offset], TextSpan.FromBounds(pandocStart, offset));
        if (!explicitlyInvoked) return null;
        var wordStart = offset;
        while (wordStart > lineStart && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] is '-' or '\'')) wordStart--;
        return wordStart == offset ? null : new CompletionContext(CompletionPlace.Text, text[wordStart..offset], TextSpan.FromBounds(wordStart, offset));
    }

    /// <summary>In a .bib file, outside every entry: <c>@arxiv words</c>, <c>@arxiv:2410.1</c> or a bare id being typed on its own line.</summary>
    private static CompletionContext? BibEntryPlace(TextDocument document, int lineStart, int offset)
    {
        foreach (var entry in document.Semantics.Bib.Entries)
            if (entry.Span.Start < offset && offset < entry.Span.End) return null;
        var text = document.Text;
        var start = lineStart;
        while (start < offset && char.IsWhiteSpace(text[start])) start++;
        var typed = text[start..offset];
        if (typed.StartsWith("@arxiv", StringComparison.OrdinalIgnoreCase))
            return new CompletionContext(CompletionPlace.BibEntry, typed[6..].TrimStart(':', ' ', '{').Trim(), TextSpan.FromBounds(start, offset));
        if (typed.Length >= 4 && char.IsAsciiDigit(typed[0]) && typed.All(c => char.IsAsciiDigit(c) || c is '.' or 'v'))
            return new CompletionContext(CompletionPlace.BibEntry, typed, TextSpan.FromBounds(start, offset));
        return null;
    }

    /// <summary>The offset just after an <c>arXiv:</c>/<c>arxiv.org/abs/</c> prefix on this line, when the cursor follows one.</summary>
    private static int? ArxivPrefix(string text, int lineStart, int offset)
    {
        var from = Math.Max(lineStart, offset - 120);
        var line = text.AsSpan(from, offset - from);
        foreach (var prefix in (ReadOnlySpan<string>)["arxiv.org/abs/", "arxiv.org/pdf/", "arxiv:"])
        {
            var at = line.LastIndexOf(prefix, StringComparison.OrdinalIgnoreCase);
            if (at < 0) continue;
            var after = at + prefix.Length;
            var typed = line[after..];
            // After the prefix: what someone types to find a paper (words, an id), not a finished reference and more prose.
            if (typed.IndexOfAny(NotInQuery) >= 0) continue;
            if (prefix == "arxiv:" && at > 0 && char.IsLetterOrDigit(line[at - 1])) continue;
            return from + after;
        }
        return null;
    }

    /// <summary>Start of the key being typed inside a citation command's braces, when the cursor is in one.</summary>
    private static int? LatexCitation(string text, int offset)
    {
        var limit = Math.Max(0, offset - LookBehind);
        var keyStart = offset;
        while (keyStart > limit && text[keyStart - 1] is not (',' or '{' or '}' or '\\' or '\n' or '\r')) keyStart--;
        var i = keyStart - 1;
        // Earlier keys in the same braces: walk back over "key1, key2," to the opening brace.
        while (i >= limit && text[i] != '{')
        {
            if (text[i] is '}' or '\\') return null;
            i--;
        }
        if (i < limit) return null;
        // Skip optional arguments [..][..] and whitespace back to the command name.
        var j = i - 1;
        while (j >= limit)
        {
            if (char.IsWhiteSpace(text[j])) { j--; continue; }
            if (text[j] != ']') break;
            var depth = 0;
            for (; j >= limit; j--)
            {
                if (text[j] == ']') depth++;
                else if (text[j] == '[' && --depth == 0) { j--; break; }
            }
        }
        if (j >= limit && text[j] == '*') j--;
        var nameEnd = j + 1;
        while (j >= limit && char.IsAsciiLetter(text[j])) j--;
        if (j < limit || text[j] != '\\' || nameEnd - j - 1 < 4) return null;
        var name = text.AsSpan(j + 1, nameEnd - j - 1);
        if (!name.Contains("cite", StringComparison.OrdinalIgnoreCase)) return null;
        while (keyStart < offset && char.IsWhiteSpace(text[keyStart])) keyStart++;
        return keyStart;
    }

    /// <summary>Start of the key after a pandoc <c>@</c> (at the start of a word, in brackets or after <c>-</c>).</summary>
    private static int? PandocCitation(string text, int lineStart, int offset)
    {
        var i = offset;
        while (i > lineStart && IsPandocKeyChar(text[i - 1])) i--;
        if (i <= lineStart || text[i - 1] != '@') return null;
        var at = i - 1;
        if (at > lineStart && !(char.IsWhiteSpace(text[at - 1]) || text[at - 1] is '[' or ';' or '-' or '(')) return null; // e-mail addresses
        return i;
    }

    private static bool IsPandocKeyChar(char c) => char.IsLetterOrDigit(c) || c is '_' or ':' or '.' or '#' or '$' or '%' or '&' or '-' or '+' or '?' or '<' or '>' or '~' or '/';
}
