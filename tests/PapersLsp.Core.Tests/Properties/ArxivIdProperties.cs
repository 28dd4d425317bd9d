using CsCheck;
using PapersLsp.Core.Arxiv;

namespace PapersLsp.Core.Tests.Properties;

/// <summary>Canonical arXiv ids round-trip through their text, for generated ids of both styles and for anything the parser accepts.</summary>
public sealed class ArxivIdProperties
{
    private static readonly Gen<int?> Version = Gen.Int[1, 40].Nullable();

    /// <summary>New-style ids (from 0704): YYMM.NNNN before 2015, YYMM.NNNNN since.</summary>
    public static readonly Gen<string> NewStyle =
        Gen.Select(Gen.Int[7, 30], Gen.Int[1, 12], Gen.Int[1, 99999], Version, (yy, mm, n, v) => Format(yy, yy == 7 ? Math.Max(mm, 4) : mm, n, v));

    private static string Format(int yy, int mm, int n, int? v) =>
        $"{yy:D2}{mm:D2}.{(yy < 15 ? n % 10000 : n).ToString(yy < 15 ? "D4" : "D5", System.Globalization.CultureInfo.InvariantCulture)}{(v is { } x ? $"v{x}" : "")}";

    private static readonly string[] Archives = ["hep-th", "hep-ph", "hep-ex", "astro-ph", "cond-mat", "gr-qc", "quant-ph", "math", "nucl-th", "math.GT"];

    /// <summary>Old-style ids: archive/YYMMNNN, in 1998–2006 when every archive used here existed.</summary>
    public static readonly Gen<string> OldStyle =
        Gen.Select(Gen.Int[0, Archives.Length - 1], Gen.Int[0, 8], Gen.Int[1, 12], Gen.Int[1, 999], Version, (a, y, mm, n, v) =>
            $"{Archives[a]}/{(98 + y) % 100:D2}{mm:D2}{n:D3}{(v is { } x ? $"v{x}" : "")}");

    [Fact]
    public void Generated_ids_parse_and_print_back_to_the_same_text() =>
        Gen.OneOf(NewStyle, OldStyle).Sample(text =>
        {
            Assert.True(ArxivId.TryParse(text, out var id), text);
            // The canonical text drops an old-style subject class (math.GT/… is math/…); everything else prints as written.
            Assert.Equal(text.Replace("math.GT/", "math/", StringComparison.Ordinal), id.ToString());
            Assert.True(ArxivId.TryParse(id.ToString(), out var again));
            Assert.Equal(id, again);
        }, iter: 5000);

    [Fact]
    public void Whatever_parses_round_trips_through_its_canonical_text() =>
        Gen.OneOf(NewStyle.Select(Mutate), OldStyle.Select(Mutate), Gen.String[Gen.Char["0123456789./v-abcdefghijklmnopqrstuvwxyzABCHEP"], 0, 24]).Sample(text =>
        {
            if (!ArxivId.TryParse(text, out var id)) return;
            Assert.True(ArxivId.TryParse(id.ToString(), out var again), $"{text} → {id} does not parse");
            Assert.Equal(id, again);
            Assert.Equal(id.ToString(), again.ToString());
            Assert.Equal(id.Id, id.WithoutVersion().ToString());
        }, iter: 20_000);

    [Fact]
    public void Parsing_never_throws_on_any_text() =>
        Gen.String.Sample(text =>
        {
            _ = ArxivId.TryParse(text, out _);
            _ = ArxivId.TryParse(text.AsSpan(), out _, out _);
        }, iter: 20_000);

    // Upper-casing, a stray character or a dropped one: near-misses the validator must judge consistently.
    private static string Mutate(string text) =>
        text.Length < 3 ? text : (text.GetHashCode() & 3) switch
        {
            0 => text.ToUpperInvariant(),
            1 => text[..^1],
            2 => text + "0",
            _ => text.Insert(text.Length / 2, "."),
        };
}
