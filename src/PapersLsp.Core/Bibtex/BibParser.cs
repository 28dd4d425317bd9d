namespace PapersLsp.Core.Bibtex;

/// <summary>An error-tolerant BibTeX parser with ranges.</summary>
public static class BibParser
{
    /// <summary>Parses a whole .bib file in one linear pass; problems come back as <see cref="BibSyntaxError"/>s, never as exceptions.</summary>
    public static BibDocument Parse(string text) => text.Length == 0 ? BibDocument.Empty : new BibReader(text).Read();
}
