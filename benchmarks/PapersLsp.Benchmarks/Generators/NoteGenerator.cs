using System.Text;
using System.Text.RegularExpressions;

namespace PapersLsp.Benchmarks.Generators;

/// <summary>
/// Long Markdown research notes: prose from the title vocabulary with arXiv references in every surface form users
/// write (<c>arXiv:ID</c>, abstract/PDF links, bare URLs, DOIs, versions), pandoc citations, headings, lists, fenced
/// code (whose ids are not references) and a few malformed ids. Ids come from the real Markdown lists, so they
/// resolve in a generated catalog. Deterministic for a seed.
/// </summary>
public static partial class NoteGenerator
{
    /// <summary>A note of at least <paramref name="targetChars"/> characters.</summary>
    public static string BySize(int targetChars, ulong seed = 1) => Generate(sb => sb.Length >= targetChars, seed);

    /// <summary>A note of exactly <paramref name="lines"/> lines.</summary>
    public static string ByLines(int lines, ulong seed = 2)
    {
        var text = Generate(sb => CountLines(sb) >= lines, seed);
        var cut = 0;
        for (var i = 0; i < lines && cut >= 0; i++) cut = text.IndexOf('\n', cut) + 1;
        return cut > 0 ? text[..cut] : text;
    }

    private static int CountLines(StringBuilder sb)
    {
        var n = 0;
        foreach (var chunk in sb.GetChunks()) n += chunk.Span.Count('\n');
        return n;
    }

    /// <summary>The real new-style ids of the three Markdown reading lists, in order of first appearance.</summary>
    public static IReadOnlyList<string> RealIds()
    {
        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var list in RepositoryFiles.MarkdownLists)
            foreach (Match m in DottedNumber().Matches(File.ReadAllText(RepositoryFiles.Corpus(list))))
            {
                var dot = m.Value.IndexOf('.', StringComparison.Ordinal);
                if (dot == 4 && m.Value.Length - dot - 1 is 4 or 5 && seen.Add(m.Value)) ids.Add(m.Value);
            }
        return ids;
    }

    private static string Generate(Func<StringBuilder, bool> done, ulong seed)
    {
        var vocabulary = TitleVocabulary.FromCorpus();
        var ids = RealIds();
        var random = new SplitMix64(seed);
        var sb = new StringBuilder();
        sb.Append("---\ntitle: Reading notes\nbibliography: references.bib\ntags: [papers, notes]\n---\n\n");
        var section = 0;
        // Checked every paragraph (not every line), so a line-count target is met within one paragraph.
        while (!done(sb))
        {
            if (section++ % 12 == 0) sb.Append("\n## ").Append(KaggleSnapshotGenerator.Title(vocabulary, ref random)).Append("\n\n");
            switch (random.Next(10))
            {
                case < 5:
                    Paragraph(sb, vocabulary, ids, ref random);
                    break;
                case < 8:
                    for (var i = random.Between(2, 8); i > 0; i--)
                        sb.Append("- ").Append(Reference(ids, vocabulary, ref random)).Append(' ').Append(Sentence(vocabulary, ref random, 4, 12)).Append('\n');
                    sb.Append('\n');
                    break;
                case 8:
                    sb.Append("```python\n# see arXiv:").Append(ids[random.Next(ids.Count)]).Append(" (not a reference inside code)\nmodel = load(\"").Append(ids[random.Next(ids.Count)]).Append("\")\n```\n\n");
                    break;
                default:
                    sb.Append("> ").Append(Sentence(vocabulary, ref random, 10, 25)).Append(" [@").Append(vocabulary.NextWord(ref random).ToLowerInvariant()).Append(2000 + random.Next(26)).Append(", p. ").Append(random.Between(1, 300)).Append("]\n\n");
                    break;
            }
        }
        return sb.ToString();
    }

    private static void Paragraph(StringBuilder sb, TitleVocabulary vocabulary, IReadOnlyList<string> ids, ref SplitMix64 random)
    {
        for (var s = random.Between(2, 6); s > 0; s--)
        {
            sb.Append(Sentence(vocabulary, ref random, 8, 24));
            if (random.Chance(0.6)) sb.Append(" (").Append(Reference(ids, vocabulary, ref random)).Append(')');
            sb.Append(s > 1 && random.Chance(0.5) ? "\n" : " ");
        }
        sb.Append("\n\n");
    }

    private static string Sentence(TitleVocabulary vocabulary, ref SplitMix64 random, int min, int max)
    {
        var words = new string[random.Between(min, max)];
        for (var i = 0; i < words.Length; i++) words[i] = vocabulary.NextWord(ref random);
        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words) + ".";
    }

    private static string Reference(IReadOnlyList<string> ids, TitleVocabulary vocabulary, ref SplitMix64 random)
    {
        var id = ids[random.Next(ids.Count)];
        return random.Next(12) switch
        {
            0 or 1 or 2 => $"arXiv:{id}",
            3 or 4 => $"[{KaggleSnapshotGenerator.Title(vocabulary, ref random)}](https://arxiv.org/abs/{id})",
            5 => $"[{id}](https://arxiv.org/abs/{id}v{random.Between(1, 4)})",
            6 => $"https://arxiv.org/pdf/{id}.pdf",
            7 => $"<https://arxiv.org/abs/{id}>",
            8 => $"doi:10.48550/arXiv.{id}",
            9 => $"[arXiv:{id}v{random.Between(1, 3)}]",
            10 => $"@{vocabulary.NextWord(ref random).ToLowerInvariant()}{2000 + random.Next(26)}",
            _ => random.Chance(0.5) ? $"arXiv:24{random.Between(13, 19)}.{random.Between(10000, 99999)}" : $"https://huggingface.co/papers/{id}",
        };
    }

    /// <summary>Digits, a dot, digits (linear; the shape of a new-style id is checked afterwards).</summary>
    [GeneratedRegex(@"[0-9]+\.[0-9]+", RegexOptions.NonBacktracking)]
    private static partial Regex DottedNumber();
}
