using System.Globalization;

namespace PapersLsp.Benchmarks;

/// <summary>The few flags the benchmark commands take: <c>--name value</c> pairs and positional words.</summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string> _flags = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    public static CommandLine Parse(string[] args)
    {
        var parsed = new CommandLine();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                parsed._flags[args[i]] = args[++i];
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
                parsed._flags[args[i]] = "true";
            else
                parsed.Positional.Add(args[i]);
        }
        return parsed;
    }

    public string? Get(string name) => _flags.GetValueOrDefault(name);

    public string Require(string name) => Get(name) ?? throw new ArgumentException($"{name} is required");

    public int Int(string name, int fallback) => Get(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
