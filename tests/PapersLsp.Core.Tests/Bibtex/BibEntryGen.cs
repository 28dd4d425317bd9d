using CsCheck;

namespace PapersLsp.Core.Tests.Bibtex;

/// <summary>Generates well-formed entries and prints them as BibTeX, for round-trip properties.</summary>
internal static class BibEntryGen
{
    public sealed record Field(string Name, string Value, bool Quoted);

    public sealed record Entry(string Type, string Key, bool Parentheses, Field[] Fields);

    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private static readonly Gen<string> Name =
        Gen.Select(Gen.Char[Letters], Gen.String[Gen.Char[Letters + "0123456789-_:."], 0, 9], (c, rest) => c + rest);

    private static readonly Gen<string> Type = Name.Where(t => t.ToLowerInvariant() is not ("comment" or "string" or "preamble"));

    private static readonly Gen<string> Key = Gen.String[Gen.Char[Letters + "0123456789:/-._+*'éü😀"], 0, 14];

    /// <summary>Value text: anything but unbalanced braces, and no line that starts with '@' (the recovery point).</summary>
    private static readonly Gen<string> Text = Gen.String[Gen.Char["ab XY09,.;:=#@\"%()\\é😀\n\t"], 0, 10];

    private static readonly Gen<string> Value =
        Gen.OneOf(Text, Text.Select(t => "{" + t + "}"), Gen.Select(Text, Text, (a, b) => a + "{" + b + "{x}}"))
            .Array[0, 4].Select(string.Concat)
            .Where(v => !v.Split('\n').Any(line => line.TrimStart(' ', '\t').StartsWith('@')));

    private static readonly Gen<Field> FieldGen = Gen.Select(Name, Value, Gen.Bool, (n, v, q) => new Field(n, v, q && IsQuotable(v)));

    public static readonly Gen<Entry[]> Entries =
        Gen.Select(Type, Key, Gen.Bool, FieldGen.Array[0, 6], (t, k, p, f) => new Entry(t, k, p, UniqueNames(f))).Array[1, 5];

    /// <summary>A repeated field name is an error (BibTeX ignores the repeat), so well-formed entries have none.</summary>
    private static Field[] UniqueNames(Field[] fields) => fields.DistinctBy(f => f.Name.ToLowerInvariant()).ToArray();

    public static string Print(Entry entry)
    {
        var (open, close) = entry.Parentheses ? ('(', ')') : ('{', '}');
        var fields = entry.Fields.Select(f => f.Quoted ? $"  {f.Name} = \"{f.Value}\"" : $"  {f.Name} = {{{f.Value}}}");
        return $"@{entry.Type}{open}{entry.Key},\n{string.Join(",\n", fields)}\n{close}";
    }

    /// <summary>A quoted value may hold '"' only inside braces.</summary>
    private static bool IsQuotable(string value)
    {
        var depth = 0;
        foreach (var c in value)
        {
            if (c == '{') depth++;
            else if (c == '}') depth--;
            else if (c == '"' && depth == 0) return false;
        }
        return true;
    }
}
