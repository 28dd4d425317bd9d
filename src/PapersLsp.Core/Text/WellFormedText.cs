namespace PapersLsp.Core.Text;

/// <summary>
/// Text from files and the wire may hold lone UTF-16 surrogates (a JSON <c>"\ud800"</c>, an HTML <c>&amp;#xD800;</c>);
/// <see cref="string.Normalize()"/> throws on them, so text is made well-formed (each lone surrogate becomes U+FFFD) first.
/// </summary>
public static class WellFormedText
{
    public static string Of(string text)
    {
        char[]? fixedChars = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i])) continue;
            if (IsPairAt(text, i)) { i++; continue; }
            fixedChars ??= text.ToCharArray();
            fixedChars[i] = '\uFFFD';
        }
        return fixedChars is null ? text : new string(fixedChars);
    }

    private static bool IsPairAt(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
}
