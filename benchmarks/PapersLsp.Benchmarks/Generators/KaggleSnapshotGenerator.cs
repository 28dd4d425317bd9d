using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PapersLsp.Benchmarks.Generators;

/// <summary>What a generation wrote.</summary>
public sealed record GeneratedSnapshot(string Path, int Records, long Bytes, string QueriesPath);

/// <summary>
/// Writes a Kaggle <c>arxiv-metadata-oai-snapshot.json</c>-shaped JSON-lines file: the same fields in the same order
/// and with the lengths and shapes of the real records in tests/corpus/arxiv-metadata (wrapped titles and abstracts
/// with LaTeX, <c>versions</c> with RFC 1123 dates, <c>authors_parsed</c>, space-separated categories, nulls where the
/// real records have them). Deterministic for a seed. Alongside, it writes 1–4-word search queries drawn from the
/// generated titles (one per line) for the search and completion benchmarks.
/// </summary>
public static class KaggleSnapshotGenerator
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly (string Category, double Weight)[] NewCategories =
    [
        ("cs.LG", 10), ("cs.CV", 8), ("cs.CL", 6), ("cs.AI", 4), ("cs.RO", 2), ("cs.CR", 1.5), ("stat.ML", 3), ("hep-ph", 5),
        ("hep-th", 4), ("hep-ex", 1.5), ("quant-ph", 6), ("gr-qc", 3), ("astro-ph.GA", 3), ("astro-ph.CO", 3), ("astro-ph.SR", 3),
        ("astro-ph.HE", 2), ("cond-mat.mes-hall", 3), ("cond-mat.str-el", 3), ("cond-mat.mtrl-sci", 3), ("cond-mat.stat-mech", 2),
        ("math.AP", 2), ("math.PR", 2), ("math.CO", 2), ("math.AG", 2), ("math.NT", 1.5), ("math.OC", 2), ("eess.SP", 1.5),
        ("eess.IV", 1), ("physics.optics", 2), ("nucl-th", 1), ("econ.EM", 0.3), ("q-bio.NC", 0.8),
    ];

    private static readonly string[] SubjectClasses = ["AG", "AP", "CO", "DG", "GT", "NT", "PR", "QA", "FA", "OC"];
    private static readonly string[] Journals = ["Phys. Rev. D", "Phys. Rev. Lett.", "JHEP", "Astrophys. J.", "Nucl. Phys. B", "Phys. Lett. B", "Eur. Phys. J. C", "J. Math. Phys.", "Mon. Not. Roy. Astron. Soc.", "Commun. Math. Phys.", "IEEE Trans. Inf. Theory", "Ann. Stat."];
    private static readonly string[] Conferences = ["NeurIPS", "ICML", "ICLR", "CVPR", "ACL", "EMNLP", "AAAI", "ICRA"];
    private static readonly string[] Maths = ["$\\ell_1$", "$SU(N)$", "$O(n\\log n)$", "$\\mathcal{N}=4$", "$k$", "$T\\bar{T}$", "$\\alpha_s$", "$10^{-22}$", "$(k,\\ell)$", "$H_0$"];
    private static readonly string[] Licenses = ["http://arxiv.org/licenses/nonexclusive-distrib/1.0/", "http://creativecommons.org/licenses/by/4.0/", "http://creativecommons.org/licenses/by-nc-sa/4.0/", "http://creativecommons.org/publicdomain/zero/1.0/"];
    private static readonly HashSet<string> StopWords = new(["a", "an", "the", "of", "in", "on", "for", "and", "to", "with", "by", "from", "at", "as", "is", "are", "we", "via", "its", "or", "that", "this", "be"], StringComparer.OrdinalIgnoreCase);

    public static GeneratedSnapshot Write(string path, int records, ulong seed = 20261125, int queryCount = 2000)
    {
        var vocabulary = TitleVocabulary.FromCorpus();
        var names = AuthorNames.FromCorpus();
        var categories = new WeightedChoice<string>(NewCategories.Select(c => (c.Category, c.Weight)));
        var random = new SplitMix64(seed);
        var queryEvery = Math.Max(1, records / Math.Max(1, queryCount));
        var queries = new List<string>(queryCount);
        var written = 0;
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 20))
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            var newline = "\n"u8.ToArray();
            foreach (var id in ArxivIdTimeline.Generate(records, seed ^ 0xA5A5A5A5))
            {
                var title = Title(vocabulary, ref random);
                WriteRecord(writer, id, title, vocabulary, names, categories, ref random);
                writer.Flush();
                stream.Write(newline);
                writer.Reset();
                if (written % queryEvery == 0 && queries.Count < queryCount) queries.Add(Query(title, queries.Count, ref random));
                written++;
            }
        }
        var queriesPath = Path.ChangeExtension(path, ".queries.txt");
        File.WriteAllLines(queriesPath, queries);
        return new GeneratedSnapshot(path, written, new FileInfo(path).Length, queriesPath);
    }

    private static void WriteRecord(Utf8JsonWriter w, TimelineId id, string title, TitleVocabulary vocabulary, AuthorNames names, WeightedChoice<string> categories, ref SplitMix64 random)
    {
        var authors = new AuthorName[AuthorCount(ref random)];
        for (var i = 0; i < authors.Length; i++) authors[i] = names.Next(ref random);
        var old = id.Archive is not null;
        w.WriteStartObject();
        w.WriteString("id", id.Id);
        w.WriteString("submitter", authors[random.Next(Math.Min(authors.Length, 3))].Full);
        w.WriteString("authors", AuthorList(authors));
        w.WriteString("title", Wrap(title, 72, "\n  "));
        NullableString(w, "comments", random.Chance(0.85) ? Comment(id.Year, ref random) : null);
        NullableString(w, "journal-ref", random.Chance(old ? 0.6 : 0.3) ? $"{Journals[random.Next(Journals.Length)]} {random.Between(1, 999)} ({id.Year + random.Between(0, 2)}) {random.Between(1, 9000)}" : null);
        NullableString(w, "doi", random.Chance(old ? 0.55 : 0.35) ? $"10.{random.Between(1000, 99999)}/{Slug(ref random)}.{id.Year}.{random.Between(100, 99999)}" : null);
        NullableString(w, "report-no", random.Chance(0.07) ? $"CERN-TH-{id.Year}-{random.Between(1, 400):000}" : null);
        w.WriteString("categories", Categories(id, categories, ref random));
        NullableString(w, "license", old && random.Chance(0.9) ? null : random.Chance(0.05) ? null : Licenses[Math.Min(random.Next(6), 3) == 3 ? random.Next(4) : random.Next(2)]);
        w.WriteString("abstract", Abstract(vocabulary, ref random));
        var versions = VersionDates(id, ref random);
        w.WriteStartArray("versions");
        for (var v = 0; v < versions.Length; v++)
        {
            w.WriteStartObject();
            w.WriteString("version", $"v{v + 1}");
            w.WriteString("created", versions[v].ToString("ddd, d MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteString("update_date", versions[^1].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteStartArray("authors_parsed");
        foreach (var author in authors)
        {
            w.WriteStartArray();
            w.WriteStringValue(author.Family);
            w.WriteStringValue(author.Given);
            w.WriteStringValue("");
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void NullableString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    /// <summary>Mostly two to six authors, a long tail of large collaborations.</summary>
    private static int AuthorCount(ref SplitMix64 random)
    {
        var x = random.NextDouble();
        return x < 0.15 ? 1 : x < 0.35 ? 2 : x < 0.55 ? 3 : x < 0.70 ? 4 : x < 0.80 ? 5 : x < 0.95 ? random.Between(6, 10) : x < 0.995 ? random.Between(11, 30) : random.Between(31, 300);
    }

    private static string AuthorList(AuthorName[] authors)
    {
        if (authors.Length == 1) return authors[0].Full;
        return string.Join(", ", authors[..^1].Select(a => a.Full)) + " and " + authors[^1].Full;
    }

    public static string Title(TitleVocabulary vocabulary, ref SplitMix64 random)
    {
        var count = random.Between(4, 14);
        var titleCase = random.Chance(0.5);
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (i > 0) sb.Append(' ');
            if (i > 0 && random.Chance(0.03)) { sb.Append(Maths[random.Next(Maths.Length)]); continue; }
            var word = vocabulary.NextWord(ref random);
            sb.Append(i == 0 || (titleCase && !StopWords.Contains(word)) ? char.ToUpperInvariant(word[0]) + word[1..] : word);
            if (i == count / 2 && random.Chance(0.15)) sb.Append(':');
        }
        return sb.ToString();
    }

    private static string Abstract(TitleVocabulary vocabulary, ref SplitMix64 random)
    {
        var words = random.Between(50, 190);
        var sb = new StringBuilder(words * 7);
        var sentence = 0;
        for (var i = 0; i < words; i++)
        {
            if (i > 0) sb.Append(' ');
            if (random.Chance(0.01)) sb.Append(Maths[random.Next(Maths.Length)]);
            else
            {
                var word = vocabulary.NextWord(ref random);
                sb.Append(sentence == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
            }
            sentence++;
            if (sentence > 8 && (random.Chance(0.08) || i == words - 1)) { sb.Append('.'); sentence = 0; }
            else if (i == words - 1) sb.Append('.');
            else if (random.Chance(0.05)) sb.Append(',');
        }
        return "  " + Wrap(sb.ToString(), 78, "\n") + "\n";
    }

    /// <summary>Breaks text at spaces before <paramref name="width"/> columns, as the snapshot's titles and abstracts are.</summary>
    private static string Wrap(string text, int width, string lineBreak)
    {
        if (text.Length <= width) return text;
        var sb = new StringBuilder(text.Length + 16);
        var lineStart = 0;
        while (text.Length - lineStart > width)
        {
            var cut = text.LastIndexOf(' ', lineStart + width, width);
            if (cut <= lineStart) cut = text.IndexOf(' ', lineStart + width);
            if (cut < 0) break;
            sb.Append(text, lineStart, cut - lineStart).Append(lineBreak);
            lineStart = cut + 1;
        }
        return sb.Append(text, lineStart, text.Length - lineStart).ToString();
    }

    private static string Comment(int year, ref SplitMix64 random) => random.Next(5) switch
    {
        0 => $"{random.Between(4, 60)} pages, {random.Between(1, 20)} figures",
        1 => $"{random.Between(4, 60)} pages",
        2 => $"Accepted at {Conferences[random.Next(Conferences.Length)]} {year + 1}",
        3 => $"{random.Between(4, 60)} pages, {random.Between(1, 20)} figures, {random.Between(1, 6)} tables; v{random.Between(2, 4)}: minor revisions, references added",
        _ => $"To appear in {Journals[random.Next(Journals.Length)]}",
    };

    private static string Categories(TimelineId id, WeightedChoice<string> categories, ref SplitMix64 random)
    {
        var primary = id.Archive switch
        {
            null => categories.Next(ref random),
            "math" => "math." + SubjectClasses[random.Next(SubjectClasses.Length)],
            "cs" => "cs.LG",
            "physics" => "physics.optics",
            "nlin" => "nlin.CD",
            "q-bio" => "q-bio.NC",
            "cond-mat" => "cond-mat.str-el",
            var archive => archive,
        };
        var extra = random.Chance(0.5) ? random.Between(1, 3) : 0;
        var list = new List<string> { primary };
        for (var i = 0; i < extra; i++)
        {
            var other = categories.Next(ref random);
            if (!list.Contains(other)) list.Add(other);
        }
        return string.Join(' ', list);
    }

    private static DateTime[] VersionDates(TimelineId id, ref SplitMix64 random)
    {
        var x = random.NextDouble();
        var count = x < 0.6 ? 1 : x < 0.85 ? 2 : x < 0.95 ? 3 : random.Between(4, 8);
        var dates = new DateTime[count];
        var first = new DateTime(id.Year, id.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(random.Next(28)).AddSeconds(random.Next(86400));
        dates[0] = first;
        for (var v = 1; v < count; v++) dates[v] = dates[v - 1].AddDays(random.Between(1, 400)).AddSeconds(random.Next(86400));
        return dates;
    }

    private static string Slug(ref SplitMix64 random)
    {
        var letters = "abcdefghijklmnopqrstuvwxyz";
        return string.Create(CultureInfo.InvariantCulture, $"{letters[random.Next(26)]}{letters[random.Next(26)]}{letters[random.Next(26)]}");
    }

    /// <summary>
    /// A query a user would type to find this title: 1–4 consecutive content words, sometimes out of order or with one
    /// typo (transposed letters), as the completion issue asks search to tolerate.
    /// </summary>
    private static string Query(string title, int n, ref SplitMix64 random)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(':', ',', '.'))
            .Where(w => w.Length >= 2 && w.All(char.IsLetter) && !StopWords.Contains(w))
            .ToList();
        if (words.Count == 0) return title.Split(' ')[0];
        var k = Math.Min(n % 4 + 1, words.Count);
        var start = random.Next(words.Count - k + 1);
        var picked = words.GetRange(start, k).Select(w => w.ToLowerInvariant()).ToList();
        if (k > 1 && random.Chance(0.2)) picked.Reverse();
        if (random.Chance(0.1))
        {
            var i = random.Next(picked.Count);
            var w = picked[i];
            if (w.Length >= 5)
            {
                var at = random.Between(1, w.Length - 2);
                picked[i] = string.Concat(w.AsSpan(0, at), w.AsSpan(at + 1, 1), w.AsSpan(at, 1), w.AsSpan(at + 2));
            }
        }
        return string.Join(' ', picked);
    }
}
