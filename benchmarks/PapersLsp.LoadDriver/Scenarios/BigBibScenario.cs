using System.Diagnostics;
using System.Text.Json.Nodes;

namespace PapersLsp.LoadDriver.Scenarios;

/// <summary>
/// A cryptobib-scale .bib (about 20 MB, 75 k entries) next to a LaTeX file citing it, in fresh servers:
/// (1) opened in the editor (didOpen, not on disk): didOpen → the next answer of any request, → first answered hover on a citation of it, → first key
/// completion, then key completion typed character by character; (2) lying in the workspace folder unopened: the
/// server's own indexing, from <c>initialized</c> to the first hover that shows the entry.
/// </summary>
public static class BigBibScenario
{
    private const string CitePrefix = "As shown in~\\cite{";
    private const string CompletePrefix = "See also \\cite{";

    public static async Task<(JsonObject Figures, LatencySeries Typed)> RunAsync(DriverOptions options, string workspace, string bibPath)
    {
        var bibText = await File.ReadAllTextAsync(bibPath).ConfigureAwait(false);
        var keys = Keys(bibText, 400);
        var key = keys[0];
        var bibName = Path.GetFileName(bibPath);
        var tex = $"\\documentclass{{article}}\n\\begin{{document}}\n{CitePrefix}{key}}}.\n{CompletePrefix}\n\\bibliography{{{Path.GetFileNameWithoutExtension(bibName)}}}\n\\end{{document}}\n";
        var figures = new JsonObject { ["bibMb"] = Math.Round(new FileInfo(bibPath).Length / 1e6, 1), ["key"] = key };
        var typed = new LatencySeries("key completion typed in \\cite{…} (75 k-entry bib open)");

        var opened = Path.Combine(workspace, "opened");
        Directory.CreateDirectory(opened);
        await File.WriteAllTextAsync(Path.Combine(opened, "paper.tex"), tex).ConfigureAwait(false);
        await using (var session = await LspSession.StartAsync(options, opened).ConfigureAwait(false))
        {
            var texUri = LspSession.UriOf(opened, "paper.tex");
            session.Open(texUri, "latex", tex);
            await session.Client.RequestAsync("textDocument/hover", LspSession.At(texUri, 2, CitePrefix.Length + 1)).ConfigureAwait(false);

            var started = Stopwatch.GetTimestamp();
            session.Open(LspSession.UriOf(opened, bibName), "bibtex", bibText);
            // Requests start in arrival order after state changes: an answer that needs nothing of the .bib shows
            // what receiving and applying the didOpen (transport, JSON, analysis) cost before the hover itself.
            // (A hover on the \documentclass line: it touches neither the catalog nor the bibliography.)
            var unrelated = await session.Client.RequestAsync("textDocument/hover", LspSession.At(texUri, 0, 1)).ConfigureAwait(false);
            figures["didOpenToNextAnswerMs"] = Math.Round(Stopwatch.GetElapsedTime(started, unrelated.ReceivedTicks).TotalMilliseconds, 1);
            var hover = await session.Client.RequestAsync("textDocument/hover", LspSession.At(texUri, 2, CitePrefix.Length + key.Length / 2)).ConfigureAwait(false);
            figures["didOpenToFirstHoverMs"] = Math.Round(Stopwatch.GetElapsedTime(started, hover.ReceivedTicks).TotalMilliseconds, 1);
            figures["hoverShowsEntry"] = ShowsEntry(hover);
            var completion = await session.Client.RequestAsync("textDocument/completion", Completion(texUri, 0, 1)).ConfigureAwait(false);
            figures["didOpenToFirstCompletionMs"] = Math.Round(Stopwatch.GetElapsedTime(started, completion.ReceivedTicks).TotalMilliseconds, 1);
            figures["completionItems"] = completion.Result?["items"]?.AsArray().Count ?? 0;

            var budget = Math.Max(50, options.Requests / 50);
            for (var i = 1; typed.Count < budget; i++)
            {
                var typedKey = keys[i % keys.Count][..Math.Min(6, keys[i % keys.Count].Length)];
                for (var k = 1; k <= typedKey.Length && typed.Count < budget; k++)
                {
                    session.Change(texUri, (3, CompletePrefix.Length + k - 1), (3, CompletePrefix.Length + k - 1), typedKey[(k - 1)..k]);
                    var t = Stopwatch.GetTimestamp();
                    var response = await session.Client.RequestAsync("textDocument/completion", Completion(texUri, k, k == 1 ? 1 : 3)).ConfigureAwait(false);
                    typed.Add(t, response.ReceivedTicks);
                }
                session.Change(texUri, (3, CompletePrefix.Length), (3, CompletePrefix.Length + typedKey.Length), "");
            }
            var (rss, peak) = session.Memory();
            figures["rssMb"] = Math.Round(rss, 0);
            figures["peakRssMb"] = Math.Round(peak, 0);
        }

        var indexed = Path.Combine(workspace, "indexed");
        Directory.CreateDirectory(indexed);
        await File.WriteAllTextAsync(Path.Combine(indexed, "paper.tex"), tex).ConfigureAwait(false);
        File.Copy(bibPath, Path.Combine(indexed, bibName), overwrite: true);
        await using (var session = await LspSession.StartAsync(options, indexed).ConfigureAwait(false))
        {
            var started = Stopwatch.GetTimestamp();
            var texUri = LspSession.UriOf(indexed, "paper.tex");
            session.Open(texUri, "latex", tex);
            var answered = false;
            while (!answered && Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(60))
            {
                var hover = await session.Client.RequestAsync("textDocument/hover", LspSession.At(texUri, 2, CitePrefix.Length + key.Length / 2)).ConfigureAwait(false);
                if (answered = ShowsEntry(hover))
                    figures["workspaceIndexToFirstHoverMs"] = Math.Round(Stopwatch.GetElapsedTime(started, hover.ReceivedTicks).TotalMilliseconds, 1);
                else await Task.Delay(25).ConfigureAwait(false);
            }
        }
        return (figures, typed);

        JsonObject Completion(string uri, int typedChars, int triggerKind)
        {
            var request = LspSession.At(uri, 3, CompletePrefix.Length + typedChars);
            request["context"] = new JsonObject { ["triggerKind"] = triggerKind };
            return request;
        }
    }

    private static bool ShowsEntry(LspResponse hover) => hover.Result?["contents"]?["value"]?.GetValue<string>() is { Length: > 0 } text
        && !text.Contains("not defined", StringComparison.OrdinalIgnoreCase);

    /// <summary>Keys of the first <paramref name="count"/> InProceedings entries.</summary>
    private static List<string> Keys(string bib, int count)
    {
        var keys = new List<string>();
        for (var at = bib.IndexOf("@InProceedings{", StringComparison.Ordinal); at >= 0 && keys.Count < count; at = bib.IndexOf("@InProceedings{", at + 1, StringComparison.Ordinal))
        {
            var start = at + "@InProceedings{".Length;
            keys.Add(bib[start..bib.IndexOf(',', start)]);
        }
        return keys;
    }
}
