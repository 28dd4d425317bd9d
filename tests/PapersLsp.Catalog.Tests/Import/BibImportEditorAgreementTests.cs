using PapersLsp.Catalog.Import.Bibtex;
using PapersLsp.Core.Bibtex;
using PapersLsp.Core.Documents;

namespace PapersLsp.Catalog.Tests.Import;

/// <summary>
/// The importer and the editor read the same arXiv id off every entry of every real .bib file in tests/corpus: the
/// importer's record against the first reference the editor's analysis reports inside the entry's range.
/// </summary>
public class BibImportEditorAgreementTests
{
    public static TheoryData<string> BibFiles() =>
        [.. Directory.GetFiles(Corpus.Root, "*.bib", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Corpus.Root, f)).Order()];

    [Theory]
    [MemberData(nameof(BibFiles))]
    public void Import_and_editor_agree_on_every_entry(string file)
    {
        var text = File.ReadAllText(Corpus.PathOf(file));
        var semantics = DocumentAnalyzer.Analyze(text, DocumentLanguage.Bibtex);
        var compared = 0;
        foreach (var entry in semantics.Bib.Entries)
        {
            var record = BibEntryRecord.ToRecord(text, entry, [], out _);
            if (record is null) continue; // no title: not imported
            var editor = semantics.ArxivReferences.FirstOrDefault(r => r.Span.Start >= entry.Span.Start && r.Span.End <= entry.Span.End);
            Assert.True(editor?.Id.WithoutVersion() == record.ArxivId, $"{file} @{entry.Type}{{{entry.Key}}}: editor {editor?.Id}, import {record.ArxivId}");
            Assert.Equal(editor?.Id.Version, record.LatestVersion);
            compared++;
        }
        Assert.True(compared > 0, $"{file}: no entry compared");
    }

    [Fact]
    public void The_corpus_names_thousands_of_ids()
    {
        var ids = 0;
        foreach (var file in BibFiles())
        {
            var text = File.ReadAllText(Corpus.PathOf(file));
            ids += BibParser.Parse(text).Entries.Count(e => BibArxivExtractor.FirstReference(text, e) is not null);
        }
        Assert.True(ids > 2_000, $"{ids} entries with an id");
    }
}
