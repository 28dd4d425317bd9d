namespace PapersLsp.Core.Bibtex;

/// <summary>An error-tolerant BibTeX parser with ranges.</summary>
public static class BibParser
{
    public static BibDocument Parse(string text)
    {
        // Filled by the BibTeX change.
        _ = text;
        return BibDocument.Empty;
    }
}
