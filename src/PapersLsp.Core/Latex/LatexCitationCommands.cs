namespace PapersLsp.Core.Latex;

/// <summary>The LaTeX commands whose arguments are citation keys: LaTeX, natbib and biblatex.</summary>
public static class LatexCitationCommands
{
    /// <summary>Commands with one mandatory key list (after optional <c>[..][..]</c>).</summary>
    public static readonly IReadOnlySet<string> Single = new HashSet<string>(StringComparer.Ordinal)
    {
        "cite", "Cite", "nocite", "citenum",
        "citep", "citet", "citealp", "citealt", "citeauthor", "citeyear", "citeyearpar",
        "Citep", "Citet", "Citealp", "Citealt", "Citeauthor",
        "autocite", "Autocite", "parencite", "Parencite", "textcite", "Textcite", "footcite", "Footcite",
        "footcitetext", "smartcite", "Smartcite", "supercite", "fullcite", "footfullcite", "citetitle",
        "citeurl", "citedate",
    };

    /// <summary>biblatex multi-citation commands: <c>\cites(pre)(post)[..][..]{a}[..]{b}…</c>.</summary>
    public static readonly IReadOnlySet<string> Multi = new HashSet<string>(StringComparer.Ordinal)
    {
        "cites", "Cites", "parencites", "Parencites", "autocites", "Autocites", "textcites", "Textcites",
        "footcites", "footcitetexts", "smartcites", "Smartcites", "supercites",
    };

    /// <summary>Commands naming bibliography files, comma-separated for <c>\bibliography</c>.</summary>
    public static readonly IReadOnlySet<string> Bibliography = new HashSet<string>(StringComparer.Ordinal)
    {
        "bibliography", "addbibresource", "addglobalbib", "addsectionbib", "nobibliography",
    };
}
