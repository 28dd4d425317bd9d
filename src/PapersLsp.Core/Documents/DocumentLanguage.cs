namespace PapersLsp.Core.Documents;

/// <summary>The kinds of document PapersLsp understands.</summary>
public enum DocumentLanguage
{
    PlainText,
    Markdown,
    Latex,
    Bibtex,
}

public static class DocumentLanguages
{
    /// <summary>From an LSP languageId (<c>markdown</c>, <c>latex</c>, <c>bibtex</c>, <c>quarto</c> …).</summary>
    public static DocumentLanguage FromLanguageId(string? languageId, string? pathOrUri = null) => languageId?.ToLowerInvariant() switch
    {
        "markdown" or "pandoc" or "quarto" or "rmd" or "rmarkdown" or "mdx" => DocumentLanguage.Markdown,
        "latex" or "tex" or "plaintex" or "context" or "doctex" => DocumentLanguage.Latex,
        "bibtex" or "bib" or "biblatex" => DocumentLanguage.Bibtex,
        _ => FromPath(pathOrUri),
    };

    /// <summary>From a file name's extension.</summary>
    public static DocumentLanguage FromPath(string? path)
    {
        if (path is null) return DocumentLanguage.PlainText;
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return ext switch
        {
            ".md" or ".markdown" or ".qmd" or ".rmd" or ".mdx" => DocumentLanguage.Markdown,
            ".tex" or ".ltx" or ".sty" or ".cls" => DocumentLanguage.Latex,
            ".bib" => DocumentLanguage.Bibtex,
            _ => DocumentLanguage.PlainText,
        };
    }
}
