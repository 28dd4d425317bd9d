using System.Text.Json;
using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Catalog.Import.Kaggle;

/// <summary>Parses one line of the Kaggle arXiv metadata snapshot with <see cref="Utf8JsonReader"/> (no DOM).</summary>
public static class KaggleRecordParser
{
    /// <summary>The record of one line, or null with the reason.</summary>
    public static PaperRecord? Parse(ReadOnlySpan<byte> line, IReadOnlyList<PaperSource> sources, out string? problem)
    {
        problem = null;
        try
        {
            return ParseCore(line, sources, out problem);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            problem = "malformed JSON: " + e.Message;
            return null;
        }
    }

    private static PaperRecord? ParseCore(ReadOnlySpan<byte> line, IReadOnlyList<PaperSource> sources, out string? problem)
    {
        problem = null;
        var reader = new Utf8JsonReader(line, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            problem = "not a JSON object";
            return null;
        }
        string? id = null, title = null, abstractText = null, comments = null, journal = null, doi = null, categories = null, authorsText = null;
        List<PaperVersion>? versions = null;
        List<PaperAuthor>? authors = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueSpan;
            reader.Read();
            if (name.SequenceEqual("id"u8)) id = reader.GetString();
            else if (name.SequenceEqual("title"u8)) title = reader.GetString();
            else if (name.SequenceEqual("abstract"u8)) abstractText = reader.GetString();
            else if (name.SequenceEqual("comments"u8)) comments = reader.GetString();
            else if (name.SequenceEqual("journal-ref"u8)) journal = reader.GetString();
            else if (name.SequenceEqual("doi"u8)) doi = reader.GetString();
            else if (name.SequenceEqual("categories"u8)) categories = reader.GetString();
            else if (name.SequenceEqual("authors"u8)) authorsText = reader.GetString();
            else if (name.SequenceEqual("versions"u8)) versions = ReadVersions(ref reader);
            else if (name.SequenceEqual("authors_parsed"u8)) authors = ReadAuthors(ref reader);
            else reader.Skip();
        }
        if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            problem = "malformed JSON: unexpected content after the record";
            return null;
        }
        if (!ArxivId.TryParse(id, out var arxivId))
        {
            problem = id is null ? "record has no id" : $"'{id}' is not an arXiv id";
            return null;
        }
        var cleanTitle = PaperText.Collapse(title);
        if (cleanTitle is null)
        {
            problem = $"{id}: record has no title";
            return null;
        }
        var cats = categories is null ? [] : categories.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        versions ??= [];
        return new PaperRecord
        {
            Key = arxivId.Id,
            ArxivId = arxivId.WithoutVersion(),
            Title = cleanTitle,
            Authors = authors ?? (IReadOnlyList<PaperAuthor>)PersonName.SplitPlainAuthors(authorsText),
            Abstract = PaperText.Collapse(abstractText),
            PrimaryCategory = cats.Length > 0 ? cats[0] : null,
            Categories = cats,
            Versions = versions,
            LatestVersion = versions.Count > 0 ? versions[^1].Number : null,
            Published = versions.Count > 0 ? versions[0].Date : null,
            Updated = versions.Count > 0 ? versions[^1].Date : null,
            Doi = PaperText.Collapse(doi),
            JournalRef = PaperText.Collapse(journal),
            Comments = PaperText.Collapse(comments),
            Sources = sources,
        };
    }

    private static List<PaperVersion>? ReadVersions(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return null;
        }
        var versions = new List<PaperVersion>(2);
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            var number = 0;
            DateOnly? date = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.ValueSpan;
                reader.Read();
                if (name.SequenceEqual("version"u8) && reader.TokenType == JsonTokenType.String) number = VersionNumber(reader.ValueSpan);
                else if (name.SequenceEqual("created"u8) && reader.TokenType == JsonTokenType.String) date = ArxivDates.ParseRfc1123Date(reader.ValueSpan);
                else reader.Skip();
            }
            versions.Add(new PaperVersion(number > 0 ? number : versions.Count + 1, date));
        }
        versions.Sort((a, b) => a.Number.CompareTo(b.Number));
        return versions;
    }

    private static int VersionNumber(ReadOnlySpan<byte> v)
    {
        if (v.Length > 0 && (v[0] == 'v' || v[0] == 'V')) v = v[1..];
        var n = 0;
        foreach (var b in v)
        {
            if (b is < (byte)'0' or > (byte)'9' || n > 100_000) return 0;
            n = n * 10 + (b - '0');
        }
        return n;
    }

    private static List<PaperAuthor>? ReadAuthors(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return null;
        }
        var authors = new List<PaperAuthor>();
        while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
        {
            string? family = null, given = null, suffix = null;
            var index = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                if (reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject) reader.Skip();
                switch (index++)
                {
                    case 0: family = value; break;
                    case 1: given = value; break;
                    case 2: suffix = value; break;
                }
            }
            var author = PersonName.Make(given, family, suffix);
            if (author.Name.Length > 0) authors.Add(author);
        }
        return authors;
    }
}
