using System.Collections.Immutable;
using System.CommandLine;
using System.Text.Json;
using PapersLsp.Core.Catalog;
using PapersLsp.Core.Documents;
using PapersLsp.Features.Diagnostics;

namespace PapersLsp.Cli.Commands;

/// <summary>
/// <c>papers-lsp check PATH...</c>: the diagnostics the server would publish, as GCC-style lines
/// (<c>file:line:col: severity code: message</c>) so editors and CI annotate them. Exit code 1 when any error is reported.
/// </summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files or folders to check (.md, .markdown, .tex, .bib).", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per diagnostic." };
        var resolve = new Option<bool>("--resolve") { Description = "Also list every arXiv reference with the title it resolves to." };
        var command = new Command("check", "Report malformed and unknown arXiv ids, undefined and duplicate citation keys, and BibTeX errors.") { paths, json, resolve };
        command.SetAction(parse =>
        {
            using var catalog = CatalogOpener.OpenForCli(parse.GetValue(CommonOptions.Catalog));
            return Run(parse.GetValue(paths)!, parse.GetValue(json), parse.GetValue(resolve), catalog.Catalog, Console.Out, Console.Error);
        });
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, bool json, bool resolve, IPaperCatalog catalog, TextWriter output, TextWriter errors)
    {
        var (snapshot, files) = WorkspaceLoader.Load(paths, errors, out var unreadable);
        var errorCount = 0;
        var counts = new Dictionary<DiagnosticSeverity, int>();
        foreach (var (path, uri) in files)
        {
            var document = snapshot.Find(uri)!;
            foreach (var d in DocumentDiagnostics.Compute(snapshot, document, catalog))
            {
                var start = document.Lines.GetPosition(d.Span.Start);
                var end = document.Lines.GetPosition(d.Span.End);
                counts[d.Severity] = counts.GetValueOrDefault(d.Severity) + 1;
                if (d.Severity == DiagnosticSeverity.Error) errorCount++;
                output.WriteLine(json
                    ? JsonSerializer.Serialize(new { file = path, line = start.Line, character = start.Character, endLine = end.Line, endCharacter = end.Character, severity = Name(d.Severity), code = d.Code, message = d.Message }, JsonOutput.Options)
                    : $"{path}:{start.Line + 1}:{start.Character + 1}: {Name(d.Severity)} {d.Code}: {d.Message}");
            }
            if (resolve) PrintResolved(path, document, catalog, json, output);
        }
        var summary = string.Join(", ", new[] { DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Information, DiagnosticSeverity.Hint }
            .Select(s => $"{counts.GetValueOrDefault(s)} {Name(s)}{(counts.GetValueOrDefault(s) == 1 ? "" : "s")}"));
        errors.WriteLine($"checked {files.Count} file{(files.Count == 1 ? "" : "s")}: {summary}");
        return errorCount > 0 || unreadable > 0 ? 1 : 0;
    }

    private static void PrintResolved(string path, TextDocument document, IPaperCatalog catalog, bool json, TextWriter output)
    {
        foreach (var reference in document.Semantics.ArxivReferences)
        {
            var p = document.Lines.GetPosition(reference.Span.Start);
            var title = catalog.Get(reference.Id)?.Title;
            output.WriteLine(json
                ? JsonSerializer.Serialize(new { file = path, line = p.Line, character = p.Character, kind = "resolved", id = reference.Id.VersionedId, title }, JsonOutput.Options)
                : $"{path}:{p.Line + 1}:{p.Character + 1}: arXiv:{reference.Id.VersionedId} -> {title ?? "(not in the catalog)"}");
        }
    }

    private static string Name(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Information => "info",
        _ => "hint",
    };
}

/// <summary>JSON output settings shared by the subcommands.</summary>
public static class JsonOutput
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

/// <summary>Reads files and folders into a workspace snapshot, as the server would see them on disk.</summary>
public static class WorkspaceLoader
{
    public static (WorkspaceSnapshot Snapshot, IReadOnlyList<(string Path, string Uri)> Files) Load(IReadOnlyList<string> paths, TextWriter errors, out int unreadable)
    {
        var problems = new List<UnreadableFile>();
        var files = new List<(string, string)>();
        var documents = ImmutableDictionary.CreateBuilder<string, TextDocument>(StringComparer.Ordinal);
        foreach (var file in DocumentFiles.Expand(paths, problems))
        {
            if (!DocumentFiles.TryRead(file, out var text, out var problem))
            {
                problems.Add(new UnreadableFile(file, problem!));
                continue;
            }
            var uri = new Uri(Path.GetFullPath(file)).AbsoluteUri;
            if (documents.ContainsKey(uri)) continue;
            documents[uri] = TextDocument.Create(uri, 0, text, DocumentLanguages.FromPath(file));
            files.Add((file, uri));
        }
        foreach (var p in problems) errors.WriteLine($"{p.Path}: skipped: {p.Reason}");
        unreadable = problems.Count;
        var folders = paths.Where(Directory.Exists).Select(p => new Uri(Path.GetFullPath(p)).AbsoluteUri).ToImmutableArray();
        return (new WorkspaceSnapshot { DiskDocuments = documents.ToImmutable(), Folders = folders }, files);
    }
}
