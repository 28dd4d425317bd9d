using System.Globalization;
using System.Text.Json;
using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Catalog.Import.Csl;

/// <summary>
/// Maps one item of a CSL-JSON export (<c>title</c>, <c>author[{family,given}]</c>, <c>issued</c>, <c>DOI</c>, <c>URL</c>)
/// or of a Better BibTeX JSON export (Zotero fields: <c>creators</c>, <c>date</c>, <c>extra</c>, <c>url</c>) to a record.
/// </summary>
public static class CslItem
{
    // Where exporters put an arXiv id, most explicit first.
    private static readonly string[] IdFields =
        ["extra", "number", "archive_location", "archiveID", "DOI", "URL", "url", "publicationTitle", "container-title", "note", "id"];

    public static PaperRecord? ToRecord(JsonElement item, IReadOnlyList<PaperSource> sources, out string? problem)
    {
        problem = null;
        if (item.ValueKind != JsonValueKind.Object)
        {
            problem = "the item is not a JSON object";
            return null;
        }
        var title = PaperText.Collapse(Text(item, "title"));
        if (title is null)
        {
            problem = "the item has no title" + ((Text(item, "citationKey") ?? Text(item, "id")) is { } k ? $" ({k})" : "");
            return null;
        }
        var id = FindArxivId(item);
        var authors = item.TryGetProperty("creators", out var creators) ? Creators(creators) : Names(item, "author");
        // Export dates are the journal's or the latest version's; only a paper without an arXiv id gets its date from here.
        var date = id is null ? Issued(item) ?? DateText(Text(item, "date")) : null;
        var doi = Text(item, "DOI");
        return new PaperRecord
        {
            Key = id?.Id ?? PaperRecord.TitleKey(title),
            ArxivId = id?.WithoutVersion(),
            LatestVersion = id?.Version,
            Title = title,
            Authors = authors,
            Abstract = PaperText.Collapse(Text(item, "abstract") ?? Text(item, "abstractNote")),
            Published = date,
            Doi = doi is not null && ArxivIdFinder.InText(doi) is null ? PaperText.Collapse(doi) : null,
            Comments = Comment(item),
            Links = (Text(item, "URL") ?? Text(item, "url")) is { } url ? [url] : [],
            Sources = sources,
        };
    }

    /// <summary>The first arXiv id found in the fields exporters use for one.</summary>
    public static ArxivId? FindArxivId(JsonElement item)
    {
        foreach (var field in IdFields)
        {
            if (!item.TryGetProperty(field, out var value)) continue;
            foreach (var text in Strings(value))
            {
                var id = ArxivIdFinder.InText(text)
                    ?? (field is "number" or "archive_location" or "archiveID" ? ArxivIdFinder.Whole(text) : null);
                if (id is not null) return id;
            }
        }
        return null;
    }

    private static string? Comment(JsonElement item)
    {
        if (!item.TryGetProperty("notes", out var notes)) return null;
        foreach (var note in Strings(notes))
            if (note.StartsWith("Comment:", StringComparison.Ordinal)) return PaperText.Collapse(note["Comment:".Length..]);
        return null;
    }

    private static List<PaperAuthor> Creators(JsonElement creators)
    {
        var authors = new List<PaperAuthor>();
        if (creators.ValueKind != JsonValueKind.Array) return authors;
        foreach (var c in creators.EnumerateArray())
        {
            if (Text(c, "creatorType") is { } type && type != "author") continue;
            var author = Text(c, "name") is { } name
                ? PaperText.Collapse(name) is { } n ? new PaperAuthor(n) : null
                : PersonName.Make(Text(c, "firstName"), Text(c, "lastName"), null);
            if (author is { Name.Length: > 0 }) authors.Add(author);
        }
        return authors;
    }

    private static List<PaperAuthor> Names(JsonElement item, string property)
    {
        var authors = new List<PaperAuthor>();
        if (!item.TryGetProperty(property, out var list) || list.ValueKind != JsonValueKind.Array) return authors;
        foreach (var a in list.EnumerateArray())
        {
            var author = Text(a, "literal") is { } literal
                ? PaperText.Collapse(literal) is { } l ? new PaperAuthor(l) : null
                : PersonName.Make(Text(a, "given"), Text(a, "family"), Text(a, "suffix"));
            if (author is { Name.Length: > 0 }) authors.Add(author);
        }
        return authors;
    }

    private static DateOnly? Issued(JsonElement item)
    {
        if (!item.TryGetProperty("issued", out var issued) || issued.ValueKind != JsonValueKind.Object) return null;
        if (issued.TryGetProperty("date-parts", out var parts) && parts.ValueKind == JsonValueKind.Array && parts.GetArrayLength() > 0)
        {
            var first = parts[0];
            if (first.ValueKind == JsonValueKind.Array && first.GetArrayLength() == 3
                && Int(first[0]) is { } y && Int(first[1]) is { } m && Int(first[2]) is { } d
                && y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
                return new DateOnly(y, m, d);
            return null;
        }
        return DateText(Text(issued, "raw"));
    }

    private static DateOnly? DateText(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static int? Int(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Number when e.TryGetInt32(out var n) => n,
        JsonValueKind.String when int.TryParse(e.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    private static IEnumerable<string> Strings(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            // Zotero's extra holds one "key: value" per line.
            foreach (var line in (value.GetString() ?? "").Split('\n')) yield return line;
        }
        else if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var e in value.EnumerateArray())
                if (e.ValueKind == JsonValueKind.String) yield return e.GetString() ?? "";
        }
    }

    private static string? Text(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;
}
