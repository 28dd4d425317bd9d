using System.Diagnostics;
using System.Text.Json.Nodes;

namespace PapersLsp.LoadDriver.Scenarios;

/// <summary>
/// The requests of an editing session against one server: hover on the ids of the three Markdown reading lists,
/// completion typed character by character after <c>arXiv:</c>, inlay hints over a long list (viewport and whole
/// document), workspace/symbol, and didChange → publishDiagnostics on a 10 k-line note.
/// </summary>
public sealed class EditingScenarios(LspSession session, DriverOptions options, string workspace)
{
    private static readonly string[] Lists =
    [
        "markdown/dair-ai_ML-Papers-of-the-Week_README.md",
        "markdown/cv-arxiv-daily_README_SLAM-SFM.md",
        "markdown/HEPML-LivingReview_README.md",
    ];

    public int RequestsSent { get; private set; }

    public async Task<LatencySeries> HoverAsync()
    {
        var targets = new List<(string Uri, int Line, int Character)>();
        foreach (var list in Lists)
        {
            var text = File.ReadAllText(Path.Combine(options.CorpusDir, list));
            var uri = LspSession.UriOf(workspace, Path.GetFileName(list));
            session.Open(uri, "markdown", text);
            var positions = new TextPositions(text);
            targets.AddRange(positions.IdMiddles().Select(o => positions.At(o)).Select(p => (uri, p.Line, p.Character)));
        }
        var series = new LatencySeries($"hover (ids of the 3 lists, {targets.Count} places)");
        var resolved = 0;
        for (var i = 0; i < options.Warmup + options.Requests; i++)
        {
            var (uri, line, character) = targets[i * 7 % targets.Count];
            var started = Stopwatch.GetTimestamp();
            var response = await session.Client.RequestAsync("textDocument/hover", LspSession.At(uri, line, character)).ConfigureAwait(false);
            RequestsSent++;
            if (i < options.Warmup) continue;
            series.Add(started, response.ReceivedTicks);
            if (response.Result?["contents"]?["value"]?.GetValue<string>() is { } value && value.StartsWith("###", StringComparison.Ordinal)) resolved++;
        }
        Console.WriteLine($"  hovers that found the paper in the catalog: {resolved:N0} of {series.Count:N0}");
        HoverResolved = resolved;
        return series;
    }

    public int HoverResolved { get; private set; }

    public int CompletionsWithItems { get; private set; }

    public async Task<LatencySeries> CompletionAsync(IReadOnlyList<string> queries)
    {
        var uri = LspSession.UriOf(workspace, "typing.md");
        const string Prefix = "See arXiv:";
        session.Open(uri, "markdown", "# Typing\n\n" + Prefix + "\n");
        var series = new LatencySeries("completion (typed after arXiv:, 1–4 words)");
        var column = Prefix.Length;
        var done = 0;
        for (var q = 0; done < options.Warmup + options.Requests; q++)
        {
            var query = queries[q % queries.Count];
            for (var k = 1; k <= query.Length && done < options.Warmup + options.Requests; k++)
            {
                session.Change(uri, (2, column + k - 1), (2, column + k - 1), query[(k - 1)..k]);
                var request = LspSession.At(uri, 2, column + k);
                request["context"] = new JsonObject { ["triggerKind"] = k == 1 ? 1 : 3 };
                var started = Stopwatch.GetTimestamp();
                var response = await session.Client.RequestAsync("textDocument/completion", request).ConfigureAwait(false);
                RequestsSent++;
                if (done++ < options.Warmup) continue;
                series.Add(started, response.ReceivedTicks);
                if (k == query.Length && response.Result?["items"]?.AsArray().Count > 0) CompletionsWithItems++;
            }
            session.Change(uri, (2, column), (2, column + query.Length), "");
        }
        return series;
    }

    public async Task<(LatencySeries Viewport, LatencySeries Whole)> InlayHintsAsync()
    {
        var list = Lists[2];
        var uri = LspSession.UriOf(workspace, Path.GetFileName(list));
        var lines = new TextPositions(File.ReadAllText(Path.Combine(options.CorpusDir, list))).LineCount;
        var viewport = new LatencySeries($"inlay hints (100-line viewport of {lines:N0} lines)");
        var whole = new LatencySeries($"inlay hints (whole {lines:N0}-line document)");
        for (var i = 0; i < options.Warmup + options.Requests; i++)
        {
            var start = i * 37 % Math.Max(1, lines - 100);
            await Measure(viewport, i >= options.Warmup, start, start + 100).ConfigureAwait(false);
        }
        for (var i = 0; i < Math.Max(20, options.Requests / 20); i++) await Measure(whole, i >= 5, 0, lines).ConfigureAwait(false);
        return (viewport, whole);

        async Task Measure(LatencySeries series, bool record, int from, int to)
        {
            var started = Stopwatch.GetTimestamp();
            var response = await session.Client.RequestAsync("textDocument/inlayHint", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri },
                ["range"] = new JsonObject { ["start"] = TextPositions.Position(from, 0), ["end"] = TextPositions.Position(to, 0) },
            }).ConfigureAwait(false);
            RequestsSent++;
            if (record) series.Add(started, response.ReceivedTicks);
        }
    }

    /// <summary>Null when the server does not declare <c>workspaceSymbolProvider</c>.</summary>
    public async Task<LatencySeries?> WorkspaceSymbolAsync(IReadOnlyList<string> queries)
    {
        if (!session.Has("workspaceSymbolProvider")) return null;
        var series = new LatencySeries("workspace/symbol (1–4-word queries)");
        for (var i = 0; i < options.Warmup + options.Requests; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var response = await session.Client.RequestAsync("workspace/symbol", new JsonObject { ["query"] = queries[i % queries.Count] }).ConfigureAwait(false);
            RequestsSent++;
            if (i >= options.Warmup) series.Add(started, response.ReceivedTicks);
        }
        return series;
    }

    /// <summary>
    /// Alternately inserts and removes a malformed id at spread-out lines of a 10 k-line note, so every change changes
    /// the diagnostics (the server publishes only changes), and times each didChange to its publishDiagnostics.
    /// </summary>
    public LatencySeries Diagnostics(string notePath, out int timeouts)
    {
        var uri = LspSession.UriOf(workspace, "note-10k-lines.md");
        var text = File.ReadAllText(notePath);
        var lines = new TextPositions(text).LineCount;
        session.Open(uri, "markdown", text);
        session.WaitForDiagnostics(uri, 1, TimeSpan.FromSeconds(10));
        var series = new LatencySeries($"didChange → publishDiagnostics ({lines:N0}-line note, incl. debounce)");
        const string Malformed = "arXiv:2413.12345 ";
        timeouts = 0;
        for (var i = 0; i < options.DiagnosticEdits; i++)
        {
            var line = i / 2 * 7919 % (lines - 1);
            var started = Stopwatch.GetTimestamp();
            var version = i % 2 == 0
                ? session.Change(uri, (line, 0), (line, 0), Malformed)
                : session.Change(uri, (line, 0), (line, Malformed.Length), "");
            var published = session.WaitForDiagnostics(uri, version, TimeSpan.FromSeconds(10));
            if (published is null) { timeouts++; continue; }
            series.Add(started, published.ReceivedTicks);
        }
        return series;
    }
}
