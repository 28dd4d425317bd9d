using System.Text;

namespace PapersLsp.Features.Rendering;

/// <summary>
/// Makes LaTeX-flavoured text from catalogs and .bib files readable: accents and common macros become
/// characters, <c>\emph{x}</c>-style wrappers keep their content, grouping braces go, math (<c>$…$</c>) is kept as written.
/// </summary>
public static class LatexText
{
    private static readonly Dictionary<char, Dictionary<char, string>> Accents = new()
    {
        ['\''] = Map("aá eé ií oó uú yý AÁ EÉ IÍ OÓ UÚ YÝ cć nń sś zź CĆ NŃ SŚ ZŹ"),
        ['`'] = Map("aà eè iì oò uù AÀ EÈ IÌ OÒ UÙ"),
        ['^'] = Map("aâ eê iî oô uû AÂ EÊ IÎ OÔ UÛ"),
        ['"'] = Map("aä eë iï oö uü yÿ AÄ EË IÏ OÖ UÜ"),
        ['~'] = Map("aã nñ oõ AÃ NÑ OÕ"),
        ['c'] = Map("cç CÇ sş Sş"),
        ['v'] = Map("cč sš zž rř eě nň Cč Sš Zž Rř"),
        ['='] = Map("aā eē iī oō uū"),
        ['u'] = Map("aă gğ Aă Gğ"),
        ['H'] = Map("oő uű Oő Uű"),
        ['.'] = Map("zż Zż"),
        ['k'] = Map("aą eę Aą Eę"),
    };

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["ss"] = "ß", ["o"] = "ø", ["O"] = "Ø", ["aa"] = "å", ["AA"] = "Å", ["ae"] = "æ", ["AE"] = "Æ", ["oe"] = "œ", ["OE"] = "Œ",
        ["l"] = "ł", ["L"] = "Ł", ["i"] = "ı", ["&"] = "&", ["%"] = "%", ["$"] = "$", ["#"] = "#", ["_"] = "_",
        ["{"] = "{", ["}"] = "}", ["textendash"] = "–", ["textemdash"] = "—", ["ldots"] = "…", ["dots"] = "…",
        ["LaTeX"] = "LaTeX", ["TeX"] = "TeX", ["textasciitilde"] = "~", ["textbackslash"] = "\\",
    };

    private static readonly HashSet<string> Wrappers = new(StringComparer.Ordinal)
    {
        "emph", "textit", "textbf", "textsc", "texttt", "textrm", "textsf", "textup", "mbox", "text", "url", "mathrm", "it", "bf", "em", "sc", "tt", "rm",
    };

    private static Dictionary<char, string> Map(string pairs) =>
        pairs.Split(' ').ToDictionary(p => p[0], p => p[1..]);

    /// <summary>Readable text; math between dollars is left as is.</summary>
    public static string ToReadable(string? latex)
    {
        if (string.IsNullOrEmpty(latex)) return "";
        var sb = new StringBuilder(latex.Length);
        var inMath = false;
        for (var i = 0; i < latex.Length; i++)
        {
            var c = latex[i];
            if (c == '$' && (i == 0 || latex[i - 1] != '\\'))
            {
                inMath = !inMath;
                sb.Append(c);
                continue;
            }
            if (inMath) { sb.Append(c); continue; }
            if (c is '{' or '}') continue;
            if (c == '~') { sb.Append('\u00A0'); continue; }
            if (c == '-' && i + 2 < latex.Length && latex[i + 1] == '-' && latex[i + 2] == '-') { sb.Append('—'); i += 2; continue; }
            if (c == '-' && i + 1 < latex.Length && latex[i + 1] == '-') { sb.Append('–'); i++; continue; }
            if (c != '\\' || i + 1 >= latex.Length) { sb.Append(c); continue; }
            i = ReadCommand(latex, i, sb);
        }
        return sb.ToString();
    }

    /// <summary>Handles the command at <paramref name="at"/> (a backslash); returns the index of its last character.</summary>
    private static int ReadCommand(string s, int at, StringBuilder sb)
    {
        var next = s[at + 1];
        var isAccent = Accents.ContainsKey(next) && (!char.IsLetter(next) || at + 2 >= s.Length || !char.IsLetter(s[at + 2]));
        if (isAccent)
        {
            var table = Accents[next];
            var j = at + 2;
            while (j < s.Length && (s[j] == ' ' || s[j] == '{')) j++;
            if (j + 1 < s.Length && s[j] == '\\' && s[j + 1] == 'i') { sb.Append(table.GetValueOrDefault('i', "i")); j += 1; }
            else if (j < s.Length && table.TryGetValue(s[j], out var accented)) sb.Append(accented);
            else if (j < s.Length) sb.Append(s[j]);
            while (j + 1 < s.Length && s[j + 1] == '}') j++;
            return j;
        }
        if (!char.IsLetter(next))
        {
            if (Symbols.TryGetValue(next.ToString(), out var sym)) sb.Append(sym);
            else if (next == '\\') sb.Append(' ');
            else sb.Append(next);
            return at + 1;
        }
        var end = at + 1;
        while (end < s.Length && char.IsAsciiLetter(s[end])) end++;
        var name = s[(at + 1)..end];
        if (Symbols.TryGetValue(name, out var symbol)) sb.Append(symbol);
        else if (!Wrappers.Contains(name)) sb.Append('\\').Append(name); // unknown command: keep it visible
        // Skip one space after a control word, as TeX does.
        return end < s.Length && s[end] == ' ' && Symbols.ContainsKey(name) ? end : end - 1;
    }
}
