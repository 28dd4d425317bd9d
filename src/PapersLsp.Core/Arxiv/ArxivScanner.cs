namespace PapersLsp.Core.Arxiv;

/// <summary>Where the scanned text sits; some forms are only references in some places.</summary>
public enum ArxivScanMode
{
    /// <summary>Running text (Markdown paragraphs, LaTeX text): every surface form but ADS bibcodes.</summary>
    Prose,
    /// <summary>A URL or link destination: the URL forms.</summary>
    Url,
    /// <summary>A BibTeX field value: every form including ADS bibcodes.</summary>
    BibField,
}

/// <summary>Finds arXiv references in text, in one linear pass.</summary>
public static class ArxivScanner
{
    /// <summary>
    /// Appends the references found in <c>text[start..end)</c> to <paramref name="found"/> in order, and text that
    /// is plainly meant as an id but is invalid to <paramref name="malformed"/> when given.
    /// </summary>
    public static void Scan(string text, int start, int end, List<ArxivReference> found, List<MalformedArxivReference>? malformed = null, ArxivScanMode mode = ArxivScanMode.Prose)
    {
        // Filled by the recognition change.
        _ = text; _ = start; _ = end; _ = found; _ = malformed; _ = mode;
    }
}
