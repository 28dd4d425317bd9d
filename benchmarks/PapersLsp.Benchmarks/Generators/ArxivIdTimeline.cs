using System.Globalization;

namespace PapersLsp.Benchmarks.Generators;

/// <summary>An arXiv id the generator hands out, with the month it belongs to and, for old-style ids, its archive.</summary>
public readonly record struct TimelineId(string Id, int Year, int Month, string? Archive);

/// <summary>
/// Hands out ids in the order the Kaggle snapshot lists them (new-style 0704.0001… in time order, then old-style
/// archive/YYMMNNN), with monthly counts following arXiv's yearly submissions scaled to the requested total, so a
/// generated catalog holds most real ids of recent years (the Markdown lists' ids resolve).
/// </summary>
public static class ArxivIdTimeline
{
    /// <summary>Approximate new submissions per year (arXiv's published statistics, rounded); 2025 through November.</summary>
    private static readonly (int Year, int Count)[] Yearly =
    [
        (1991, 300), (1992, 3200), (1993, 6700), (1994, 10000), (1995, 13000), (1996, 15800), (1997, 19600),
        (1998, 24000), (1999, 28000), (2000, 30500), (2001, 33000), (2002, 36000), (2003, 40000), (2004, 44000),
        (2005, 46800), (2006, 50200), (2007, 55600), (2008, 58900), (2009, 64000), (2010, 70100), (2011, 76600),
        (2012, 84600), (2013, 92600), (2014, 97500), (2015, 105300), (2016, 113400), (2017, 124000), (2018, 140600),
        (2019, 155900), (2020, 178300), (2021, 181600), (2022, 185700), (2023, 208500), (2024, 242000), (2025, 257000),
    ];

    /// <summary>Old archives with their share of pre-2007 submissions.</summary>
    public static readonly (string Archive, double Weight)[] OldArchives =
    [
        ("astro-ph", 22), ("hep-ph", 14), ("hep-th", 12), ("cond-mat", 24), ("quant-ph", 7), ("gr-qc", 4), ("math", 16),
        ("nucl-th", 3), ("hep-ex", 2), ("hep-lat", 2), ("physics", 5), ("cs", 4), ("nlin", 2), ("math-ph", 2), ("q-bio", 1),
    ];

    private static bool IsOldStyle(int year, int month) => year < 2007 || (year == 2007 && month < 4);

    private static int MonthsOf(int year) => year == 1991 ? 5 : year == 2025 ? 11 : 12;

    private static int FirstMonth(int year) => year == 1991 ? 8 : 1;

    /// <summary>Ids for <paramref name="total"/> records: new-style first, then old-style, as the snapshot orders them.</summary>
    public static IEnumerable<TimelineId> Generate(int total, ulong seed)
    {
        var months = new List<(int Year, int Month, double Base)>();
        foreach (var (year, count) in Yearly)
            for (var m = 0; m < MonthsOf(year); m++)
                months.Add((year, FirstMonth(year) + m, (double)count / MonthsOf(year) * (0.9 + 0.2 * m / 11.0)));
        var scale = total / months.Sum(m => m.Base);
        var counts = new int[months.Count];
        var carried = 0.0;
        for (var i = 0; i < months.Count; i++)
        {
            var exact = months[i].Base * scale + carried;
            counts[i] = (int)Math.Floor(exact);
            carried = exact - counts[i];
        }
        counts[^1] += total - counts.Sum();

        for (var i = 0; i < months.Count; i++)
        {
            var (year, month, _) = months[i];
            if (IsOldStyle(year, month)) continue;
            var perMonthLimit = year < 2015 ? 9999 : 99999;
            var yymm = $"{year % 100:00}{month:00}";
            for (var n = 1; n <= Math.Min(counts[i], perMonthLimit); n++)
                yield return new TimelineId(year < 2015 ? $"{yymm}.{n:0000}" : $"{yymm}.{n:00000}", year, month, null);
        }

        var random = new SplitMix64(seed);
        var archives = new WeightedChoice<string>(OldArchives.Select(a => (a.Archive, a.Weight)));
        for (var i = 0; i < months.Count; i++)
        {
            var (year, month, _) = months[i];
            if (!IsOldStyle(year, month)) continue;
            var used = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var n = 0; n < counts[i]; n++)
            {
                var archive = archives.Next(ref random);
                // Old-style numbers have three digits per archive and month: a full archive passes the paper to the next one.
                for (var tries = 0; used.GetValueOrDefault(archive) >= 999 && tries < OldArchives.Length; tries++)
                    archive = OldArchives[(Array.FindIndex(OldArchives, a => a.Archive == archive) + 1) % OldArchives.Length].Archive;
                if (used.GetValueOrDefault(archive) >= 999) break;
                var number = used[archive] = used.GetValueOrDefault(archive) + 1;
                yield return new TimelineId(string.Create(CultureInfo.InvariantCulture, $"{archive}/{year % 100:00}{month:00}{number:000}"), year, month, archive);
            }
        }
    }
}
