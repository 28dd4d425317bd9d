using System.Globalization;

namespace PapersLsp.LoadDriver;

/// <summary>What to run and on which inputs.</summary>
public sealed record DriverOptions
{
    public required string Server { get; init; }
    public string? Catalog { get; init; }
    public required string Label { get; init; }
    public required string InputsDir { get; init; }
    public required string CorpusDir { get; init; }
    public string? Queries { get; init; }
    public required string Out { get; init; }
    public required string StderrLog { get; init; }
    public int Requests { get; init; } = 10_000;
    public int Warmup { get; init; } = 500;
    public int DiagnosticEdits { get; init; } = 100;
    public int Startups { get; init; } = 5;
    public bool BigBib { get; init; } = true;
    public bool StartupOnly { get; init; }

    /// <summary>Only the big-bibliography scenario (for measuring a change to it).</summary>
    public bool BigBibOnly { get; init; }

    public static DriverOptions Parse(string[] args)
    {
        var flags = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
            flags[args[i]] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
        string Need(string name) => flags.TryGetValue(name, out var v) ? v : throw new ArgumentException($"{name} is required");
        int Int(string name, int fallback) => flags.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var quick = flags.ContainsKey("--quick");
        var output = Need("--out");
        return new DriverOptions
        {
            Server = Need("--server"),
            Catalog = flags.GetValueOrDefault("--catalog"),
            Label = flags.GetValueOrDefault("--label") ?? "run",
            InputsDir = Need("--inputs"),
            CorpusDir = Need("--corpus"),
            Queries = flags.GetValueOrDefault("--queries"),
            Out = output,
            StderrLog = Path.ChangeExtension(output, ".server-stderr.log"),
            Requests = Int("--requests", quick ? 1_000 : 10_000),
            Warmup = Int("--warmup", quick ? 100 : 500),
            DiagnosticEdits = Int("--diagnostic-edits", quick ? 20 : 100),
            Startups = Int("--startups", quick ? 3 : 5),
            BigBib = !flags.ContainsKey("--no-big-bib"),
            StartupOnly = flags.ContainsKey("--startup-only"),
            BigBibOnly = flags.ContainsKey("--big-bib-only"),
        };
    }
}
