using System.Text.Json.Nodes;

namespace PapersLsp.Benchmarks.Reporting;

/// <summary>The result files one run of scripts/bench.sh leaves in artifacts/bench/results (each may be missing).</summary>
public sealed class ResultFiles(string directory)
{
    public string Directory { get; } = directory;

    public JsonNode? Json(string name)
    {
        var path = Path.Combine(Directory, name);
        return File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path)) : null;
    }

    public IReadOnlyList<JsonNode> JsonLines(string name)
    {
        var path = Path.Combine(Directory, name);
        if (!File.Exists(path)) return [];
        return [.. File.ReadLines(path).Where(l => l.StartsWith('{')).Select(l => JsonNode.Parse(l)!)];
    }

    public string Text(string name)
    {
        var path = Path.Combine(Directory, name);
        return File.Exists(path) ? File.ReadAllText(path) : "";
    }

    /// <summary>A micro-benchmark row by method and input.</summary>
    public JsonNode? Micro(string method, string input) =>
        (Json("micro.json") as JsonArray)?.FirstOrDefault(r => r?["method"]?.GetValue<string>() == method
            && (r["parameters"]?.GetValue<string>() ?? "").Contains(input, StringComparison.Ordinal));

    /// <summary>A load-driver series whose name starts with the given text.</summary>
    public static JsonNode? Series(JsonNode? load, string startsWith) =>
        (load?["series"] as JsonArray)?.FirstOrDefault(s => s?["name"]?.GetValue<string>().StartsWith(startsWith, StringComparison.Ordinal) == true);

    public static double? Number(JsonNode? node) => node is JsonValue value && value.TryGetValue<double>(out var d) ? d : null;
}
