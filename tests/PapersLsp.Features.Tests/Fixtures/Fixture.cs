using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;
using PapersLsp.Core.Documents;
using PapersLsp.Core.Settings;
using PapersLsp.Core.Text;

namespace PapersLsp.Features.Tests.Fixtures;

/// <summary>
/// A test workspace written as one text block, so a test reads like the documents it tests:
/// <code>
/// %! notes.md
/// See arXiv:1706.03762 for details.
///            |
///     ^^^^^^^^^^^^^^^^
/// %! catalog.jsonl
/// {"id":"1706.03762","title":"Attention Is All You Need","authors":["Ashish Vaswani"]}
/// </code>
/// A line of only spaces and <c>|</c>/<c>^</c> marks the cursor and the expected range in the line above and is
/// removed from the text. <c>catalog.jsonl</c> lines become catalog papers.
/// </summary>
public sealed class Fixture
{
    private Fixture(WorkspaceSnapshot snapshot, IPaperCatalog catalog, string? cursorFile, int cursor, TextSpan? expected)
    {
        Snapshot = snapshot;
        Catalog = catalog;
        CursorFile = cursorFile;
        Cursor = cursor;
        Expected = expected;
    }

    public WorkspaceSnapshot Snapshot { get; }
    public IPaperCatalog Catalog { get; }
    public string? CursorFile { get; }
    public int Cursor { get; }
    public TextSpan? Expected { get; }

    public TextDocument Document(string name) => Snapshot.Find(Uri(name)) ?? throw new KeyNotFoundException(name);

    /// <summary>The document with the cursor.</summary>
    public TextDocument Current => Document(CursorFile ?? throw new InvalidOperationException("the fixture has no cursor"));

    public static string Uri(string name) => "file:///fixture/" + name;

    public static Fixture Parse(string text, PapersSettings? settings = null)
    {
        var files = new List<(string Name, StringBuilder Text)>();
        foreach (var rawLine in text.ReplaceLineEndings("\n").Split('\n'))
        {
            if (rawLine.StartsWith("%! ", StringComparison.Ordinal)) { files.Add((rawLine[3..].Trim(), new StringBuilder())); continue; }
            if (files.Count == 0) continue;
            files[^1].Text.Append(rawLine).Append('\n');
        }
        var documents = ImmutableDictionary.CreateBuilder<string, TextDocument>();
        var catalog = new InMemoryPaperCatalog();
        string? cursorFile = null;
        var cursor = -1;
        TextSpan? expected = null;
        foreach (var (name, body) in files)
        {
            if (name == "catalog.jsonl")
            {
                catalog.Upsert(body.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(ParsePaper).ToArray());
                continue;
            }
            var (content, cursorAt, range) = StripMarkers(body.ToString().TrimEnd('\n') + "\n");
            if (cursorAt >= 0 || range is not null) { cursorFile = name; cursor = cursorAt; expected = range; }
            var uri = Uri(name);
            documents[uri] = TextDocument.Create(uri, 1, content, DocumentLanguages.FromPath(name));
        }
        var snapshot = new WorkspaceSnapshot { OpenDocuments = documents.ToImmutable(), Settings = settings ?? PapersSettings.Default, Folders = ["file:///fixture/"] };
        return new Fixture(snapshot, catalog, cursorFile, cursor, expected);
    }

    private static (string Text, int Cursor, TextSpan? Range) StripMarkers(string text)
    {
        var lines = text.Split('\n');
        var kept = new List<string>();
        var offsets = new List<int>();
        var offset = 0;
        var cursor = -1;
        TextSpan? range = null;
        foreach (var line in lines)
        {
            if (line.Length > 0 && line.All(c => c is ' ' or '|' or '^') && line.Any(c => c is '|' or '^') && kept.Count > 0)
            {
                var lineStart = offsets[^1];
                var bar = line.IndexOf('|', StringComparison.Ordinal);
                if (bar >= 0) cursor = lineStart + bar;
                var caret = line.IndexOf('^', StringComparison.Ordinal);
                if (caret >= 0) range = new TextSpan(lineStart + caret, line.LastIndexOf('^') - caret + 1);
                continue;
            }
            offsets.Add(offset);
            kept.Add(line);
            offset += line.Length + 1;
        }
        return (string.Join('\n', kept), cursor, range);
    }

    private static PaperRecord ParsePaper(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        string? Str(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var idText = Str("id");
        ArxivId? id = idText is not null && ArxivId.TryParse(idText, out var parsed) ? parsed.WithoutVersion() : null;
        var title = Str("title") ?? "";
        int? latest = root.TryGetProperty("version", out var ver) ? ver.GetInt32() : null;
        return new PaperRecord
        {
            Key = id?.Id ?? PaperRecord.TitleKey(title),
            ArxivId = id,
            Title = title,
            Abstract = Str("abstract"),
            Authors = root.TryGetProperty("authors", out var a) ? a.EnumerateArray().Select(x => new PaperAuthor(x.GetString()!)).ToArray() : [],
            Published = Str("published") is { } p ? DateOnly.Parse(p, System.Globalization.CultureInfo.InvariantCulture) : null,
            PrimaryCategory = Str("category"),
            Categories = Str("category") is { } c ? [c] : [],
            LatestVersion = latest,
            Versions = latest is { } n ? Enumerable.Range(1, n).Select(v => new PaperVersion(v, null)).ToArray() : [],
            Doi = Str("doi"),
            Sources = [new PaperSource("fixture", null, DateTimeOffset.UnixEpoch)],
        };
    }
}
