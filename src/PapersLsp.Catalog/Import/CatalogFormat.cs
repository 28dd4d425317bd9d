namespace PapersLsp.Catalog.Import;

/// <summary>The file formats <c>catalog import</c> understands.</summary>
public enum CatalogFormat
{
    /// <summary>A huggingface.co/papers listing or single-paper HTML page.</summary>
    HfHtml,

    /// <summary>The Hugging Face <c>api/daily_papers</c> JSON.</summary>
    HfJson,

    /// <summary>A plain-text dump of a Hugging Face papers listing (the seed files).</summary>
    HfText,

    /// <summary>An arXiv API Atom feed.</summary>
    Atom,

    /// <summary>The Kaggle arXiv metadata snapshot (JSON lines).</summary>
    Kaggle,

    /// <summary>A BibTeX / BibLaTeX file.</summary>
    Bibtex,

    /// <summary>A CSL-JSON or Better BibTeX JSON export.</summary>
    Csl,
}
