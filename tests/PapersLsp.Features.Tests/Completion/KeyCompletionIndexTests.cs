using System.Collections.Immutable;
using CsCheck;
using PapersLsp.Core.Bibtex;
using PapersLsp.Core.Catalog;
using PapersLsp.Core.Documents;
using PapersLsp.Features.Citations;
using PapersLsp.Features.Completion;
using PapersLsp.Features.Rendering;
using PapersLsp.Features.Tests.Bibtex;

namespace PapersLsp.Features.Tests.Completion;

/// <summary>
/// Key completion through the per-version entry index gives what the scan over every entry gave, on the corpus'
/// real bibliographies; the index is built once per document version.
/// </summary>
public sealed class KeyCompletionIndexTests
{
    private static readonly Lazy<TextDocument> Hepml = new(() => Read("HEPML/HEPML.bib"));
    private static readonly Lazy<TextDocument> RefsAds = new(() => Read("lsst-texmf_refs_ads.bib"));
    private static readonly Lazy<TextDocument> Zotero = new(() => Read("zotero-user-library_issue873.bib"));

    private static TextDocument Read(string path) =>
        TextDocument.Create("file:///corpus/" + Path.GetFileName(path), 1, File.ReadAllText(RepoFiles.Path(["tests", "corpus", "latex", .. path.Split('/')])), DocumentLanguage.Bibtex);

    // The matching rule as the scan applied it, written out again here: the key contains the text, or every typed
    // word (split on space _ - :) starts a word of "key readable-title readable-authors" (split on space , - : . { }).
    private static bool ScanMatches(BibEntry entry, string query)
    {
        if (query.Length == 0 || entry.Key.Contains(query, StringComparison.OrdinalIgnoreCase)) return true;
        var words = $"{entry.Key} {LatexText.ToReadable(entry["title"])} {LatexText.ToReadable(entry["author"])}"
            .Split([' ', ',', '-', ':', '.', '{', '}'], StringSplitOptions.RemoveEmptyEntries);
        return query.Split([' ', '_', '-', ':'], StringSplitOptions.RemoveEmptyEntries)
            .All(typed => words.Any(w => w.StartsWith(typed, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The keys the scan offered: files in order, the first entry with a key only, at most 50.</summary>
    private static List<string> ScanKeys(IEnumerable<TextDocument> bibs, string query)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        var keys = new List<string>();
        foreach (var entry in bibs.SelectMany(b => b.Semantics.Bib.Entries))
        {
            if (!known.Add(entry.Key) || !ScanMatches(entry, query)) continue;
            keys.Add(entry.Key);
            if (keys.Count == PaperCompletion.MaxItems) break;
        }
        return keys;
    }

    private static List<string> CompletedKeys(IReadOnlyList<TextDocument> bibs, string query)
    {
        var tex = TextDocument.Create("file:///corpus/paper.tex", 1, "As shown in \\cite{" + query, DocumentLanguage.Latex);
        var documents = bibs.Append(tex).ToImmutableDictionary(d => d.Uri, d => d);
        var snapshot = new WorkspaceSnapshot { OpenDocuments = documents };
        var result = PaperCompletion.Complete(snapshot, tex, tex.Text.Length, explicitlyInvoked: false, new InMemoryPaperCatalog());
        return [.. result.Items.Where(i => i.Kind == CandidateKind.BibEntry).Select(i => i.Label)];
    }

    public static TheoryData<string> Queries => new()
    {
        "", "a", "Lark", "larkoski", "Larkoski:2017", "larkoski:2017jix", "2017", "2017jix", "jet", "JET", "jet_tag",
        "quark-gluon", "neural", "graph:net", "deep_learning_jet", "e", "kIt", "ml", "anomaly", "zzzz", "_", "-:", "Vaswani",
        "de Oliveira", "arXiv", "1", "19", "Coll",
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Key_completion_offers_the_keys_the_scan_over_every_entry_offered(string query)
    {
        Assert.Equal(ScanKeys([Hepml.Value], query), CompletedKeys([Hepml.Value], query));
        // Three files: order across them and the first-key-wins rule between files.
        TextDocument[] all = [Hepml.Value, RefsAds.Value, Zotero.Value];
        Assert.Equal(ScanKeys(all.OrderBy(d => d.Uri, StringComparer.Ordinal), query), CompletedKeys(all, query));
    }

    [Theory]
    [InlineData("quark gluon")]
    [InlineData("jet tagging neural")]
    [InlineData("Graph neural networks")]
    [InlineData("ATLAS search")]
    [InlineData("de")]
    [InlineData("the")]
    public void The_index_finds_every_entry_the_scan_finds_not_only_the_first_fifty(string query)
    {
        foreach (var bib in new[] { Hepml.Value, RefsAds.Value, Zotero.Value })
        {
            var entries = bib.Semantics.Bib.Entries;
            var expected = Enumerable.Range(0, entries.Count).Where(i => ScanMatches(entries[i], query)).ToArray();
            Assert.Equal(expected, BibEntryIndex.Of(bib).Matching(query).ToArray());
        }
    }

    [Fact]
    public void Any_piece_of_a_real_key_or_word_finds_the_same_entries_as_the_scan()
    {
        var bib = Zotero.Value;
        var entries = bib.Semantics.Bib.Entries;
        var pieces = entries.SelectMany(e => BibEntryFacts.SearchWords(e).Append(e.Key)).Distinct().ToArray();
        var piece = Gen.Select(Gen.OneOf(pieces), Gen.Int[0, 8], Gen.Int[1, 10], Gen.Bool,
            (text, start, length, upper) =>
            {
                start = Math.Min(start, text.Length - 1);
                var cut = text.Substring(start, Math.Min(length, text.Length - start));
                return upper ? cut.ToUpperInvariant() : cut.ToLowerInvariant();
            });
        var query = Gen.Select(piece.Array[1, 3], Gen.OneOf(" ", "_", ":", "-", ""), (parts, separator) => string.Join(separator, parts));
        query.Sample(q =>
        {
            var expected = Enumerable.Range(0, entries.Count).Where(i => ScanMatches(entries[i], q)).ToArray();
            Assert.Equal(expected, BibEntryIndex.Of(bib).Matching(q).ToArray());
        }, iter: 300);
    }

    /// <summary>The rule written as a plain scan: the first of the document's references that lies inside the entry.</summary>
    private static string? ScanArxivIdOf(TextDocument bib, BibEntry entry) => bib.Semantics.ArxivReferences
        .FirstOrDefault(r => r.Span.Start >= entry.Span.Start && r.Span.End <= entry.Span.End)?.Id.Id;

    [Fact]
    public void The_arxiv_id_of_every_entry_is_the_one_the_scan_of_references_finds()
    {
        foreach (var bib in new[] { Hepml.Value, RefsAds.Value, Zotero.Value })
        {
            var index = BibEntryIndex.Of(bib);
            for (var i = 0; i < index.Entries.Count; i++)
                Assert.Equal(ScanArxivIdOf(bib, index.Entries[i]), index.ArxivIdAt(i)?.Id);
        }
        Assert.True(Enumerable.Range(0, Hepml.Value.Semantics.Bib.Entries.Count).Count(i => BibEntryIndex.Of(Hepml.Value).ArxivIdAt(i) is not null) > 2000);
    }

    [Fact]
    public void The_index_is_built_once_per_document_version_and_anew_after_an_edit()
    {
        var bib = Read("lsst-texmf_refs_ads.bib");
        var first = BibEntryIndex.Of(bib);
        Assert.Equal(ScanKeys([bib], "LSST"), CompletedKeys([bib], "LSST"));
        Assert.Equal(ScanKeys([bib], "LSST:2009"), CompletedKeys([bib], "LSST:2009"));
        Assert.Same(first, BibEntryIndex.Of(bib));

        var edited = bib.WithText(2, bib.Text + "\n@misc{Zebrafish2030, title={Zebrafish Dynamics}, author={Zed, Zoe}}\n");
        var second = BibEntryIndex.Of(edited);
        Assert.NotSame(first, second);
        Assert.Same(second, BibEntryIndex.Of(edited));
        Assert.Equal(["Zebrafish2030"], CompletedKeys([edited], "zebra"));
        Assert.Empty(CompletedKeys([bib], "zebra"));
    }

    [Fact]
    public void Requests_racing_on_a_new_version_share_one_index()
    {
        var bib = Read("zotero-user-library_issue873.bib");
        var seen = new BibEntryIndex[8];
        Parallel.For(0, seen.Length, i => seen[i] = BibEntryIndex.Of(bib));
        Assert.All(seen, index => Assert.Same(seen[0], index));
    }
}
