using System.Globalization;
using System.Xml;
using PapersLsp.Core.Arxiv;

namespace PapersLsp.Catalog.Import.Atom;

/// <summary>One thing read from a feed: an entry, an API error entry, or the place the XML broke.</summary>
public readonly record struct AtomFeedItem(ArxivAtomEntry? Entry, ArxivFeedError? Error, ImportProblem? Problem);

/// <summary>Streams the entries of an arXiv API Atom feed with <see cref="XmlReader"/> (2016 and 2026 shapes).</summary>
public sealed class ArxivAtomReader : IDisposable
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private const string ArxivNs = "http://arxiv.org/schemas/atom";
    private const string OpenSearchNs = "http://a9.com/-/spec/opensearch/1.1/";

    private readonly XmlReader _xml;
    private readonly string _file;
    private bool _done;

    public ArxivAtomReader(Stream stream, string file)
    {
        _file = file;
        _xml = XmlReader.Create(stream, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = false,
        });
    }

    public int? TotalResults { get; private set; }

    public int? StartIndex { get; private set; }

    public int? ItemsPerPage { get; private set; }

    /// <summary>The next item, or null at the end of the feed (or after the XML broke).</summary>
    public AtomFeedItem? Next(CancellationToken cancellationToken = default)
    {
        if (_done) return null;
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            while (_xml.Read())
            {
                if (_xml.NodeType != XmlNodeType.Element) continue;
                if (_xml.NamespaceURI == AtomNs && _xml.LocalName == "entry") return ReadEntry();
                if (_xml.NamespaceURI == OpenSearchNs) ReadOpenSearch();
            }
        }
        catch (XmlException e)
        {
            _done = true;
            return new AtomFeedItem(null, null, new ImportProblem(_file, e.LineNumber, "malformed XML: " + e.Message));
        }
        catch (System.Text.DecoderFallbackException e)
        {
            _done = true;
            return new AtomFeedItem(null, null, new ImportProblem(_file, Line, "invalid text encoding: " + e.Message));
        }
        _done = true;
        return null;
    }

    private int Line => _xml is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    private void ReadOpenSearch()
    {
        var name = _xml.LocalName;
        var ok = int.TryParse(_xml.ReadElementContentAsString().Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n);
        if (!ok) return;
        switch (name)
        {
            case "totalResults": TotalResults = n; break;
            case "startIndex": StartIndex = n; break;
            case "itemsPerPage": ItemsPerPage = n; break;
        }
    }

    private AtomFeedItem ReadEntry()
    {
        var line = Line;
        string? id = null, title = null, summary = null, primary = null, doi = null, journal = null, comment = null;
        DateTimeOffset? published = null, updated = null;
        var authors = new List<AtomAuthor>();
        var categories = new List<string>();
        var links = new List<AtomLink>();
        var depth = _xml.Depth;
        if (!_xml.IsEmptyElement)
        {
            _xml.Read();
            while (!(_xml.Depth == depth && _xml.NodeType == XmlNodeType.EndElement) && !_xml.EOF)
            {
                if (_xml.NodeType != XmlNodeType.Element || _xml.Depth != depth + 1)
                {
                    _xml.Read();
                    continue;
                }
                switch ((_xml.NamespaceURI, _xml.LocalName))
                {
                    case (AtomNs, "id"): id = _xml.ReadElementContentAsString().Trim(); break;
                    case (AtomNs, "title"): title = PaperText.Collapse(_xml.ReadElementContentAsString()); break;
                    case (AtomNs, "summary"): summary = PaperText.Collapse(_xml.ReadElementContentAsString()); break;
                    case (AtomNs, "published"): published = Date(_xml.ReadElementContentAsString()); break;
                    case (AtomNs, "updated"): updated = Date(_xml.ReadElementContentAsString()); break;
                    case (AtomNs, "author"): authors.Add(ReadAuthor()); break;
                    case (AtomNs, "category"): AddTerm(categories); break;
                    case (AtomNs, "link"): AddLink(links); break;
                    case (ArxivNs, "primary_category"): primary = _xml.GetAttribute("term"); _xml.Skip(); break;
                    case (ArxivNs, "doi"): doi = PaperText.Collapse(_xml.ReadElementContentAsString()); break;
                    case (ArxivNs, "journal_ref"): journal = PaperText.Collapse(_xml.ReadElementContentAsString()); break;
                    case (ArxivNs, "comment"): comment = PaperText.Collapse(_xml.ReadElementContentAsString()); break;
                    default: _xml.Skip(); break;
                }
            }
        }

        if (id is not null && (id.Contains("/api/errors", StringComparison.Ordinal) || title == "Error"))
            return new AtomFeedItem(null, new ArxivFeedError(summary ?? "unknown error", id, line), null);
        var arxivId = IdFromEntryUrl(id);
        if (arxivId is null)
            return new AtomFeedItem(null, null, new ImportProblem(_file, line, $"entry id '{id}' is not an arXiv abstract URL"));
        if (title is null)
            return new AtomFeedItem(null, null, new ImportProblem(_file, line, $"entry {arxivId} has no title"));
        var entry = new ArxivAtomEntry(arxivId, title, summary, authors, published, updated, primary, categories, doi, journal, comment, links, line);
        return new AtomFeedItem(entry, null, null);
    }

    private AtomAuthor ReadAuthor()
    {
        string? name = null;
        var affiliations = new List<string>();
        using (var sub = _xml.ReadSubtree())
        {
            while (sub.Read())
            {
                if (sub.NodeType != XmlNodeType.Element || sub.Depth != 1) continue;
                if (sub.LocalName == "name") name = PaperText.Collapse(sub.ReadElementContentAsString());
                else if (sub.LocalName == "affiliation" && PaperText.Collapse(sub.ReadElementContentAsString()) is { } a) affiliations.Add(a);
            }
        }
        _xml.Read();
        return new AtomAuthor(name ?? "", affiliations);
    }

    private void AddTerm(List<string> categories)
    {
        if (_xml.GetAttribute("term") is { Length: > 0 } term && !categories.Contains(term)) categories.Add(term);
        _xml.Skip();
    }

    private void AddLink(List<AtomLink> links)
    {
        if (_xml.GetAttribute("href") is { Length: > 0 } href)
            links.Add(new AtomLink(href, _xml.GetAttribute("rel"), _xml.GetAttribute("title"), _xml.GetAttribute("type")));
        _xml.Skip();
    }

    /// <summary>The id of <c>http://arxiv.org/abs/1111.2011v2</c> (version kept).</summary>
    public static ArxivId? IdFromEntryUrl(string? url)
    {
        if (url is null) return null;
        var at = url.IndexOf("/abs/", StringComparison.Ordinal);
        if (at < 0) return null;
        return ArxivId.TryParse(url.AsSpan(at + 5).Trim(), out var id, out _) ? id : null;
    }

    private static DateTimeOffset? Date(string text) =>
        DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;

    public void Dispose() => _xml.Dispose();
}
