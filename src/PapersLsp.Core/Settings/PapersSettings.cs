namespace PapersLsp.Core.Settings;

/// <summary>
/// The user's settings: the VS Code <c>papersLsp.*</c> settings without the prefix, nested at the dots
/// (<c>papersLsp.catalog.path</c> is <c>Catalog.Path</c>). Immutable; a change replaces the whole object.
/// </summary>
public sealed record PapersSettings
{
    public CatalogSettings Catalog { get; init; } = new();
    public BibtexSettings Bibtex { get; init; } = new();
    public MarkdownSettings Markdown { get; init; } = new();
    public InlayHintSettings InlayHints { get; init; } = new();
    public OnlineSettings Online { get; init; } = new();
    public CitationSettings Citations { get; init; } = new();
    public DiagnosticSettings Diagnostics { get; init; } = new();

    public static readonly PapersSettings Default = new();
}

public sealed record CatalogSettings
{
    /// <summary>The catalog database file; null means the default location.</summary>
    public string? Path { get; init; }

    /// <summary>Files or folders imported into the catalog and watched for changes.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
}

public enum BibtexStyle { Arxiv, Biblatex }

public enum CitationKeyFormat { Arxiv, Google, BetterBibtex, Id }

public sealed record BibtexSettings
{
    public BibtexStyle Style { get; init; } = BibtexStyle.Arxiv;
    public CitationKeyFormat KeyFormat { get; init; } = CitationKeyFormat.Google;

    /// <summary>.bib files used by every document in addition to the ones it names.</summary>
    public IReadOnlyList<string> GlobalBibliographies { get; init; } = [];
}

public enum MarkdownInsertFormat { Link, Id }

public sealed record MarkdownSettings
{
    /// <summary>What title completion inserts in Markdown text: <c>[Title](https://arxiv.org/abs/ID)</c> or <c>arXiv:ID</c>.</summary>
    public MarkdownInsertFormat InsertFormat { get; init; } = MarkdownInsertFormat.Link;
}

public sealed record InlayHintSettings
{
    public bool Enabled { get; init; } = true;
    public int MaxLength { get; init; } = 60;
}

public sealed record OnlineSettings
{
    public bool Enabled { get; init; }
    public string ArxivApi { get; init; } = "https://export.arxiv.org/api/query";

    /// <summary>The user's e-mail address or URL, sent in the User-Agent of arXiv requests (empty: none).</summary>
    public string Contact { get; init; } = "";
}

public sealed record CitationSettings
{
    /// <summary>Extra LaTeX commands (without backslash) that take citation keys.</summary>
    public IReadOnlyList<string> ExtraCommands { get; init; } = [];
}

public enum UnusedEntryReporting { Auto, Always, Never }

public sealed record DiagnosticSettings
{
    public bool Enabled { get; init; } = true;

    /// <summary>Unused-entry hints: Auto reports them for bibliographies of up to 1,000 entries.</summary>
    public UnusedEntryReporting UnusedEntries { get; init; } = UnusedEntryReporting.Auto;
}
