using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PapersLsp.Server.Tests.Reliability;

/// <summary>One message body a hostile or broken client sends.</summary>
/// <param name="ReplyId">The id the server must answer with ("null" for a parse or shape error), or null when no reply is due.</param>
public sealed record HostileMessage(string Kind, byte[] Body, string? ReplyId);

/// <summary>
/// Generates malformed and hostile LSP traffic, deterministically from a seed: bad JSON, wrong parameter types,
/// missing parameters, out-of-range positions, changes to unopened documents, stale versions, overlapping and
/// inverted ranges, odd ids, unknown methods and notification floods.
/// </summary>
public static class HostileMessages
{
    /// <summary>URIs the hostile traffic opens (and a test closes afterwards).</summary>
    public static string HostileUri(int n) => $"file:///hostile/doc{n}.md";

    public static IEnumerable<HostileMessage> Generate(int seed, int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++) yield return Next(random, i);
    }

    private static HostileMessage Next(Random random, int n)
    {
        var id = $"h-{n}";
        switch (random.Next(16))
        {
            case 0: return new("bad json", Encoding.UTF8.GetBytes(BrokenJson(random)), "null");
            case 1: return new("not a message", Encoding.UTF8.GetBytes(random.Next(4) switch { 0 => "[]", 1 => "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"shutdown\"}]", 2 => "42", _ => "null" }), "null");
            case 2: return new("invalid utf-8", [(byte)'{', 0xC3, 0x28, 0xFF, 0xFE, (byte)'}'], "null");
            case 3: return Request("wrong param types", id, RandomMethod(random), WrongParams(random));
            case 4: return Request("missing params", id, RandomMethod(random), random.Next(2) == 0 ? null : new JObject());
            case 5: return Request("out-of-range position", id, random.Next(2) == 0 ? "textDocument/hover" : "textDocument/completion", PositionParams(random, HostileUri(random.Next(4)), WildPosition(random)));
            case 6: return Notification("didChange unopened", "textDocument/didChange", Change($"file:///never-opened/{random.Next(1000)}.md", random.Next(100), WildRange(random), "x"));
            case 7: return Notification("stale version", "textDocument/didChange", Change(HostileUri(random.Next(4)), -random.Next(1000), null, "stale"));
            case 8: return Notification("overlapping ranges", "textDocument/didChange", OverlappingChanges(random, HostileUri(random.Next(4))));
            case 9: return Notification("didOpen", "textDocument/didOpen", new JObject
            {
                ["textDocument"] = new JObject { ["uri"] = HostileUri(random.Next(4)), ["languageId"] = random.Next(3) switch { 0 => "markdown", 1 => "latex", _ => "bibtex" }, ["version"] = random.Next(1, 100), ["text"] = Junk(random, random.Next(0, 400)) },
            });
            case 10: return Request("unknown method", id, $"custom/{Junk(random, 8)}", new JObject());
            case 11: return OddId(random);
            case 12: return Notification("notification flood", random.Next(3) switch { 0 => "$/setTrace", 1 => "$/cancelRequest", _ => "workspace/didChangeConfiguration" }, random.Next(2) == 0 ? new JObject { ["id"] = random.Next() } : new JObject { ["settings"] = Junk(random, 20) });
            case 13: return new("huge numbers", Encoding.UTF8.GetBytes($"{{\"jsonrpc\":\"2.0\",\"id\":\"{id}\",\"method\":\"textDocument/hover\",\"params\":{{\"textDocument\":{{\"uri\":\"{HostileUri(0)}\"}},\"position\":{{\"line\":1e400,\"character\":-99999999999999999999}}}}}}"), id);
            case 14: return random.Next(3) switch
            {
                0 => new("response to nothing", Encoding.UTF8.GetBytes($"{{\"jsonrpc\":\"2.0\",\"id\":\"{id}\",\"result\":{{\"x\":1}}}}"), null),
                1 => new("malformed response", Encoding.UTF8.GetBytes($"{{\"jsonrpc\":\"2.0\",\"id\":{random.Next(1, 5)},\"error\":5}}"), "null"),
                _ => new("wrong jsonrpc version", Encoding.UTF8.GetBytes($"{{\"jsonrpc\":\"1.0\",\"id\":\"{id}\",\"method\":\"textDocument/hover\"}}"), id),
            };
            default: return Notification("watched files outside", "workspace/didChangeWatchedFiles", new JObject
            {
                ["changes"] = new JArray(new JObject { ["uri"] = random.Next(2) == 0 ? "file:///etc/passwd.bib" : "file:///proc/self/environ.md", ["type"] = random.Next(1, 4) }),
            });
        }
    }

    private static readonly string[] Methods =
    [
        "textDocument/hover", "textDocument/completion", "completionItem/resolve", "textDocument/documentLink", "textDocument/inlayHint",
        "textDocument/definition", "textDocument/references", "textDocument/rename", "textDocument/prepareRename", "textDocument/codeAction",
        "textDocument/documentSymbol", "textDocument/foldingRange", "workspace/executeCommand", "papers/search", "papers/paper", "papers/bibtex",
        "papers/catalogStats", "initialize",
    ];

    private static string RandomMethod(Random random) => Methods[random.Next(Methods.Length)];

    private static JToken WrongParams(Random random) => random.Next(6) switch
    {
        0 => new JArray(1, "two", JValue.CreateNull()),
        1 => "a string",
        2 => 42,
        3 => new JObject { ["textDocument"] = 42, ["position"] = "here" },
        4 => new JObject { ["textDocument"] = new JObject { ["uri"] = new JArray() }, ["position"] = new JObject { ["line"] = "one", ["character"] = true } },
        _ => new JObject { ["textDocument"] = new JObject { ["uri"] = null }, ["range"] = new JObject { ["start"] = 3 }, ["query"] = new JObject(), ["command"] = 7, ["arguments"] = "x" },
    };

    private static JObject WildPosition(Random random) => new()
    {
        ["line"] = random.Next(4) switch { 0 => -1, 1 => int.MaxValue, 2 => random.Next(0, 5), _ => random.Next() },
        ["character"] = random.Next(4) switch { 0 => -5, 1 => int.MaxValue, 2 => random.Next(0, 50), _ => random.Next() },
    };

    private static JObject WildRange(Random random) => new() { ["start"] = WildPosition(random), ["end"] = WildPosition(random) };

    private static JObject PositionParams(Random random, string uri, JObject position) => new()
    {
        ["textDocument"] = new JObject { ["uri"] = uri },
        ["position"] = position,
        ["context"] = random.Next(2) == 0 ? new JObject { ["triggerKind"] = 99 } : null,
    };

    private static JObject Change(string uri, int version, JObject? range, string text) => new()
    {
        ["textDocument"] = new JObject { ["uri"] = uri, ["version"] = version },
        ["contentChanges"] = new JArray(range is null ? new JObject { ["text"] = text } : new JObject { ["range"] = range, ["text"] = text }),
    };

    private static JObject OverlappingChanges(Random random, string uri)
    {
        var changes = new JArray();
        for (var i = 0; i < random.Next(2, 6); i++) changes.Add(new JObject { ["range"] = WildRange(random), ["text"] = Junk(random, random.Next(0, 30)) });
        return new JObject { ["textDocument"] = new JObject { ["uri"] = uri, ["version"] = 100 + random.Next(100) }, ["contentChanges"] = changes };
    }

    private static HostileMessage OddId(Random random)
    {
        var idText = random.Next(5) switch { 0 => "{\"x\":1}", 1 => "true", 2 => "[1]", 3 => "1.5", _ => "null" };
        // An id that is neither an integer nor a string is an invalid request (answered with a null id); a null id is a notification.
        return new("odd id", Encoding.UTF8.GetBytes($"{{\"jsonrpc\":\"2.0\",\"id\":{idText},\"method\":\"textDocument/documentLink\",\"params\":{{\"textDocument\":{{\"uri\":\"{HostileUri(0)}\"}}}}}}"), idText == "null" ? null : "null");
    }

    private static string BrokenJson(Random random) => random.Next(7) switch
    {
        0 => "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":",
        1 => new string('[', 5000) + new string(']', 5000),
        2 => new string('{', 10_000),
        3 => "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}}",
        4 => "{'single':'quotes'}",
        5 => Junk(random, random.Next(1, 200)),
        _ => "",
    };

    private const string Alphabet = "abcXYZ019 \n\t\\{}[]()@%$#&*^~`\"'<>:;,./|-_+=arXiv:2410.15661 \\cite{k} [@k] é😀\u0000\u202E";

    private static string Junk(Random random, int length)
    {
        var sb = new StringBuilder(length);
        for (var i = 0; i < length; i++) sb.Append(Alphabet[random.Next(Alphabet.Length)]);
        return sb.ToString();
    }

    private static HostileMessage Request(string kind, string id, string method, JToken? parameters)
    {
        var message = new JObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method };
        if (parameters is not null) message["params"] = parameters;
        return new(kind, Encoding.UTF8.GetBytes(message.ToString(Formatting.None)), id);
    }

    private static HostileMessage Notification(string kind, string method, JToken parameters) =>
        new(kind, Encoding.UTF8.GetBytes(new JObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters }.ToString(Formatting.None)), null);
}
