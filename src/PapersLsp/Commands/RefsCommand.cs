using System.CommandLine;
using System.Text.Json;
using PapersLsp.Core.Documents;
using PapersLsp.Core.Text;

namespace PapersLsp.Cli.Commands;

/// <summary><c>papers-lsp refs PATH... [--json]</c>: every arXiv reference, citation and bib entry with its exact range.</summary>
public static class RefsCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files or folders (folders are searched for .md, .markdown, .tex and .bib files).", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per line (0-based lines, UTF-16 characters, as LSP counts)." };
        var command = new Command("refs", "List the arXiv references, citation keys and BibTeX entries in files.") { paths, json };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(json), Console.Out, Console.Error));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, bool json, TextWriter output, TextWriter errors)
    {
        var problems = new List<UnreadableFile>();
        var files = DocumentFiles.Expand(paths, problems);
        foreach (var file in files)
        {
            if (!DocumentFiles.TryRead(file, out var text, out var problem))
            {
                problems.Add(new UnreadableFile(file, problem!));
                continue;
            }
            var document = TextDocument.Create(file, 0, text, DocumentLanguages.FromPath(file));
            foreach (var row in Rows(document)) output.WriteLine(json ? JsonSerializer.Serialize(row, JsonOutput.Options) : row.ToText());
        }
        foreach (var problem in problems) errors.WriteLine($"{problem.Path}: skipped: {problem.Reason}");
        return problems.Count == 0 ? 0 : 1;
    }

    private static IEnumerable<JsonRow> Rows(TextDocument document)
    {
        var s = document.Semantics;
        var rows = new List<(int Start, JsonRow Row)>();
        foreach (var r in s.ArxivReferences)
            rows.Add((r.Span.Start, Row(document, r.Span, "arxiv", r.Id.Id, r.Id.Version, null)));
        foreach (var c in s.Citations)
            rows.Add((c.Span.Start, Row(document, c.Span, "citation", null, null, c.Key)));
        foreach (var e in s.Bib.Entries)
            rows.Add((e.KeySpan.Start, Row(document, e.KeySpan, "bibentry", null, null, e.Key)));
        return rows.OrderBy(r => r.Start).Select(r => r.Row);
    }

    private static JsonRow Row(TextDocument document, TextSpan span, string kind, string? id, int? version, string? key)
    {
        var range = document.Lines.GetRange(span);
        return new JsonRow(document.Uri, range.Start.Line, range.Start.Character, range.End.Line, range.End.Character,
            kind, id, version, key, document.Text.Substring(span.Start, span.Length));
    }

    /// <summary>One line of <c>refs --json</c>; the field names are a published contract.</summary>
    private sealed record JsonRow(string File, int Line, int Character, int EndLine, int EndCharacter, string Kind, string? Id, int? Version, string? Key, string Text)
    {
        public string ToText() => $"{File}:{Line + 1}:{Character + 1}: {Kind} {Id ?? Key}{(Version is { } v ? $"v{v}" : "")}  {Text}";
    }
}
