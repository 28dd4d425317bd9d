using Newtonsoft.Json.Linq;
using PapersLsp.Server.Tests.Infrastructure;

namespace PapersLsp.Server.Tests.Features;

/// <summary>The editor features through the protocol, in-process, on the default catalog.</summary>
public sealed class FeatureProtocolTests
{
    private const string Notes = "file:///workspace/notes.md";
    private const string Paper = "file:///workspace/paper.tex";
    private const string Refs = "file:///workspace/refs.bib";

    private static JObject At(string uri, int line, int character) => new()
    {
        ["textDocument"] = new JObject { ["uri"] = uri },
        ["position"] = new JObject { ["line"] = line, ["character"] = character },
    };

    private static async Task<LspTestClient> StartAsync(JObject? capabilities = null)
    {
        var client = await LspTestClient.StartInitializedAsync(TestServer.Options(SeedCatalog.Create()), capabilities);
        await client.OpenAsync(Notes, "# Notes\n\nData ablations: arXiv:2410.15661v1 and 2413.12345 and arXiv:2413.12345.\n");
        await client.OpenAsync(Refs, "@misc{smith2022closer,\n  title = {A Closer Look at Rehearsal-Free Continual Learning},\n  eprint = {2203.17269},\n  archivePrefix = {arXiv},\n}\n", "bibtex");
        await client.OpenAsync(Paper, "\\bibliography{refs}\n\\citep{smith2022closer} and \\cite{missing2020}.\nSee arXiv:2410.15661.\n", "latex");
        return client;
    }

    [Fact]
    public async Task Hover_on_an_id_shows_the_seed_paper_with_its_abstract_and_the_range()
    {
        await using var client = await StartAsync();
        var hover = (await client.RequestAsync("textDocument/hover", At(Notes, 2, 20)))["result"]!;
        var value = (string)hover["contents"]!["value"]!;
        Assert.StartsWith("### Scalable Data Ablation Approximations for Language Models through Modular Training and Merging", value, StringComparison.Ordinal);
        Assert.Contains("Training data compositions for Large Language Models", value, StringComparison.Ordinal);
        Assert.Contains("Clara Na", value, StringComparison.Ordinal);
        Assert.Equal(16, (int)hover["range"]!["start"]!["character"]!);
        Assert.Equal(34, (int)hover["range"]!["end"]!["character"]!);
    }

    [Fact]
    public async Task Hover_on_a_cite_key_renders_the_entry()
    {
        await using var client = await StartAsync();
        var value = (string)(await client.RequestAsync("textDocument/hover", At(Paper, 1, 10)))["result"]!["contents"]!["value"]!;
        Assert.StartsWith("### A Closer Look at Rehearsal\\-Free Continual Learning", value, StringComparison.Ordinal);
        Assert.Contains("https://arxiv.org/abs/2203.17269", value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Completion_after_arxiv_prefix_then_resolve_adds_the_abstract()
    {
        await using var client = await StartAsync();
        await client.NotifyAsync("textDocument/didChange", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = Notes, ["version"] = 2 },
            ["contentChanges"] = new JArray(new JObject { ["text"] = "See arXiv:modular merging" }),
        });
        var list = (await client.RequestAsync("textDocument/completion", At(Notes, 0, 25)))["result"]!;
        Assert.True((bool)list["isIncomplete"]!);
        var first = (JObject)list["items"]![0]!;
        Assert.Equal("Scalable Data Ablation Approximations for Language Models through Modular Training and Merging", (string?)first["label"]);
        Assert.Equal("2410.15661", (string?)first["textEdit"]!["newText"]);
        Assert.Equal(10, (int)first["textEdit"]!["range"]!["start"]!["character"]!);
        Assert.Null(first["documentation"]);
        var resolved = (await client.RequestAsync("completionItem/resolve", first))["result"]!;
        Assert.Contains("Training data compositions", (string?)resolved["documentation"]!["value"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagnostics_are_published_for_malformed_unknown_and_undefined()
    {
        await using var client = await StartAsync();
        var notes = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", n => (string?)n["params"]!["uri"] == Notes);
        var codes = notes["params"]!["diagnostics"]!.Select(d => (string)d["code"]!).ToArray();
        Assert.Equal(["malformed-arxiv-id"], codes); // the bare 2413.12345 is a number, not an id; the cited v1 is the latest known
        var tex = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", n => (string?)n["params"]!["uri"] == Paper);
        var undefined = Assert.Single(tex["params"]!["diagnostics"]!);
        Assert.Equal("undefined-key", (string?)undefined["code"]);
        Assert.Equal(1, (int)undefined["severity"]!);
        Assert.EndsWith("docs/diagnostics.md#undefined-key", (string?)undefined["codeDescription"]!["href"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagnostics_are_sent_again_only_when_what_the_client_shows_changes()
    {
        await using var client = await StartAsync();
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics", n => (string?)n["params"]!["uri"] == Notes);
        Task Change(int version, int line, string text) => client.NotifyAsync("textDocument/didChange", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = Notes, ["version"] = version },
            ["contentChanges"] = new JArray(new JObject
            {
                ["range"] = new JObject { ["start"] = new JObject { ["line"] = line, ["character"] = 0 }, ["end"] = new JObject { ["line"] = line, ["character"] = 0 } },
                ["text"] = text,
            }),
        });

        await Change(2, 3, "More words, no ids.\n");               // below every diagnostic: nothing the client shows moves
        await Task.Delay(TestServer.Options(SeedCatalog.Create()).DiagnosticsDelay * 10);
        await Change(3, 0, "arXiv:2413.99999v0\n");                 // a new malformed id, and every range moves a line down
        var latest = await client.WaitForNotificationAsync("textDocument/publishDiagnostics",
            n => (string?)n["params"]!["uri"] == Notes && (int?)n["params"]!["version"] == 3);

        var versions = client.Notifications("textDocument/publishDiagnostics")
            .Where(n => (string?)n["params"]!["uri"] == Notes).Select(n => (int?)n["params"]!["version"]).ToArray();
        Assert.Equal([1, 3], versions);
        var diagnostics = (JArray)latest["params"]!["diagnostics"]!;
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal("malformed-arxiv-id", (string?)d["code"]));
        Assert.Equal(3, (int)diagnostics[1]["range"]!["start"]!["line"]!);
    }

    [Fact]
    public async Task Inlay_hint_shows_the_title_after_a_bare_id()
    {
        await using var client = await StartAsync();
        var range = new JObject { ["start"] = new JObject { ["line"] = 0, ["character"] = 0 }, ["end"] = new JObject { ["line"] = 5, ["character"] = 0 } };
        var hints = (JArray)(await client.RequestAsync("textDocument/inlayHint", new JObject { ["textDocument"] = new JObject { ["uri"] = Notes }, ["range"] = range }))["result"]!;
        var hint = Assert.Single(hints);
        Assert.StartsWith("▸ Scalable Data Ablation", (string?)hint["label"], StringComparison.Ordinal);
        Assert.Equal(34, (int)hint["position"]!["character"]!);
    }

    [Fact]
    public async Task Definition_references_and_rename_of_a_key()
    {
        await using var client = await StartAsync();
        var definition = (JArray)(await client.RequestAsync("textDocument/definition", At(Paper, 1, 10)))["result"]!;
        Assert.Equal(Refs, (string?)definition.Single()["uri"]);
        var references = (JArray)(await client.RequestAsync("textDocument/references", new JObject(At(Refs, 0, 8)) { ["context"] = new JObject { ["includeDeclaration"] = true } }))["result"]!;
        Assert.Equal([Paper, Refs], references.Select(r => (string)r["uri"]!).Order().ToArray());
        var rename = (await client.RequestAsync("textDocument/rename", new JObject(At(Paper, 1, 10)) { ["newName"] = "smith2022" }))["result"]!;
        Assert.Equal("smith2022", (string?)rename["changes"]![Refs]![0]!["newText"]);
        Assert.Equal("smith2022", (string?)rename["changes"]![Paper]![0]!["newText"]);
        var bad = await client.RequestAsync("textDocument/rename", new JObject(At(Paper, 1, 10)) { ["newName"] = "has space" });
        Assert.Equal(-32602, (int)bad["error"]!["code"]!);
    }

    [Fact]
    public async Task Code_action_adds_bibtex_and_replaces_the_id_with_a_citation()
    {
        await using var client = await StartAsync();
        var range = new JObject { ["start"] = new JObject { ["line"] = 2, ["character"] = 6 }, ["end"] = new JObject { ["line"] = 2, ["character"] = 6 } };
        var actions = (JArray)(await client.RequestAsync("textDocument/codeAction", new JObject { ["textDocument"] = new JObject { ["uri"] = Paper }, ["range"] = range, ["context"] = new JObject { ["diagnostics"] = new JArray() } }))["result"]!;
        var replace = actions.Single(a => ((string)a["title"]!).Contains("replace the id", StringComparison.Ordinal));
        var edits = replace["edit"]!["changes"]!;
        Assert.Contains("@misc{na2024scalable,", (string?)edits[Refs]![0]!["newText"], StringComparison.Ordinal);
        Assert.Equal("\\cite{na2024scalable}", (string?)edits[Paper]![0]!["newText"]);
        var copy = actions.Single(a => (string?)a["command"]?["command"] == "papers.copyBibtex");
        Assert.Contains("eprint={2410.15661}", (string?)copy["command"]!["arguments"]![0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_bibtex_command_asks_the_client_to_apply_the_edit()
    {
        await using var client = await StartAsync();
        JObject? applied = null;
        client.OnServerRequest = request =>
        {
            if ((string?)request["method"] == "workspace/applyEdit") applied = (JObject)request["params"]!;
            return new JObject { ["applied"] = true };
        };
        var reply = await client.RequestAsync("workspace/executeCommand", new JObject
        {
            ["command"] = "papers.addBibtex",
            ["arguments"] = new JArray(new JObject { ["bibUri"] = Refs, ["paperKey"] = "2410.15661" }),
        });
        Assert.Null(reply["error"]);
        Assert.NotNull(applied);
        var edit = applied!["edit"]!["changes"]![Refs]![0]!;
        Assert.Equal(5, (int)edit["range"]!["start"]!["line"]!);
        Assert.StartsWith("\n@misc{na2024scalable,", (string?)edit["newText"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Papers_requests_search_paper_bibtex_and_stats()
    {
        await using var client = await StartAsync();
        var search = (await client.RequestAsync("papers/search", new JObject { ["query"] = "sharpening self-improvement", ["limit"] = 5 }))["result"]!;
        Assert.Equal("2412.01951", (string?)search["papers"]![0]!["id"]);
        var paper = (await client.RequestAsync("papers/paper", new JObject { ["id"] = "arXiv:2412.01951" }))["result"]!;
        Assert.Contains("sharpening", (string?)paper["abstract"], StringComparison.OrdinalIgnoreCase);
        var bib = (await client.RequestAsync("papers/bibtex", new JObject { ["id"] = "2412.01951", ["style"] = "biblatex", ["targetUri"] = Refs }))["result"]!;
        Assert.StartsWith("@online{", (string?)bib["text"], StringComparison.Ordinal);
        var stats = (await client.RequestAsync("papers/catalogStats", new JObject()))["result"]!;
        Assert.Equal(483, (int)stats["papers"]!);
        Assert.Equal(424, (int)stats["withArxivId"]!);
    }

    [Fact]
    public async Task Workspace_symbols_and_bib_outline()
    {
        await using var client = await StartAsync();
        var symbols = (JArray)(await client.RequestAsync("workspace/symbol", new JObject { ["query"] = "continual" }))["result"]!;
        Assert.Equal("smith2022closer", (string?)symbols[0]!["name"]);
        Assert.Contains(symbols, s => ((string?)s["location"]!["uri"])!.StartsWith("https://arxiv.org/abs/", StringComparison.Ordinal));
        var outline = (JArray)(await client.RequestAsync("textDocument/documentSymbol", new JObject { ["textDocument"] = new JObject { ["uri"] = Refs } }))["result"]!;
        Assert.Equal("smith2022closer", (string?)outline.Single()["name"]);
    }

    [Fact]
    public async Task Settings_from_initialization_options_and_pulled_configuration()
    {
        var capabilities = new JObject { ["workspace"] = new JObject { ["configuration"] = true } };
        await using var client = LspTestClient.Start(TestServer.Options(SeedCatalog.Create()));
        client.OnServerRequest = request => (string?)request["method"] == "workspace/configuration"
            ? new JArray(new JObject { ["inlayHints"] = new JObject { ["enabled"] = false }, ["bibtex"] = new JObject { ["style"] = 42 } })
            : JValue.CreateNull();
        await client.RequestAsync("initialize", new JObject { ["capabilities"] = capabilities, ["initializationOptions"] = new JObject { ["inlayHints"] = new JObject { ["maxLength"] = 30 } } });
        await client.NotifyAsync("initialized", new JObject());
        await client.OpenAsync(Notes, "arXiv:2410.15661\n");
        await client.NotifyAsync("workspace/didChangeConfiguration", new JObject { ["settings"] = JValue.CreateNull() });
        var range = new JObject { ["start"] = new JObject { ["line"] = 0, ["character"] = 0 }, ["end"] = new JObject { ["line"] = 1, ["character"] = 0 } };
        // Pulled settings arrive asynchronously (the server asks, the client answers): poll until they apply.
        JArray hints = [];
        for (var attempt = 0; attempt < 100; attempt++)
        {
            hints = (JArray)(await client.RequestAsync("textDocument/inlayHint", new JObject { ["textDocument"] = new JObject { ["uri"] = Notes }, ["range"] = range }))["result"]!;
            if (hints.Count == 0) break;
            await Task.Delay(50);
        }
        Assert.Empty(hints); // turned off by the pulled settings
        Assert.Contains("papersLsp.bibtex.style should be one of", client.StderrText, StringComparison.Ordinal);
    }
}
