using System.Diagnostics;
using System.Text.Json.Nodes;

namespace PapersLsp.LoadDriver.Scenarios;

/// <summary>
/// A cryptobib-scale .bib (about 20 MB, 75 k entries) opened in a fresh server next to a LaTeX file citing it: time
/// from didOpen of the .bib to the first answered hover on a citation of it, and to the first key completion.
/// </summary>
public static class BigBibScenario
{
    public static async Task<JsonObject> RunAsync(DriverOptions options, string workspace, string bibPath)
    {
        var bibText = await File.ReadAllTextAsync(bibPath).ConfigureAwait(false);
        var keyStart = bibText.IndexOf("@InProceedings{", StringComparison.Ordinal) + "@InProceedings{".Length;
        var key = bibText[keyStart..bibText.IndexOf(',', keyStart)];
        var bibName = Path.GetFileName(bibPath);
        File.Copy(bibPath, Path.Combine(workspace, bibName), overwrite: true);
        var tex = $"\\documentclass{{article}}\n\\begin{{document}}\nAs shown in~\\cite{{{key}}}.\nSee also \\cite{{{key[..(key.IndexOf(':') + 2)]}\n\\bibliography{{{Path.GetFileNameWithoutExtension(bibName)}}}\n\\end{{document}}\n";
        await File.WriteAllTextAsync(Path.Combine(workspace, "paper.tex"), tex).ConfigureAwait(false);

        await using var session = await LspSession.StartAsync(options, workspace).ConfigureAwait(false);
        var texUri = LspSession.UriOf(workspace, "paper.tex");
        var bibUri = LspSession.UriOf(workspace, bibName);
        session.Open(texUri, "latex", tex);
        await session.Client.RequestAsync("textDocument/hover", LspSession.At(texUri, 2, 19)).ConfigureAwait(false);

        var opened = Stopwatch.GetTimestamp();
        session.Open(bibUri, "bibtex", bibText);
        var hover = await session.Client.RequestAsync("textDocument/hover", LspSession.At(texUri, 2, 18 + key.Length / 2)).ConfigureAwait(false);
        var hoverMs = Stopwatch.GetElapsedTime(opened, hover.ReceivedTicks).TotalMilliseconds;
        var completionRequest = LspSession.At(texUri, 3, "See also \\cite{".Length + key.IndexOf(':') + 2);
        completionRequest["context"] = new JsonObject { ["triggerKind"] = 1 };
        var completion = await session.Client.RequestAsync("textDocument/completion", completionRequest).ConfigureAwait(false);
        var completionMs = Stopwatch.GetElapsedTime(opened, completion.ReceivedTicks).TotalMilliseconds;
        var hoverInBib = await session.Client.RequestAsync("textDocument/hover", LspSession.At(bibUri, FindLine(bibText, keyStart), 20)).ConfigureAwait(false);
        var (rss, peak) = session.Memory();
        var hoverText = hover.Result?["contents"]?["value"]?.GetValue<string>() ?? "";
        return new JsonObject
        {
            ["bibMb"] = Math.Round(new FileInfo(bibPath).Length / 1e6, 1),
            ["key"] = key,
            ["didOpenToFirstHoverMs"] = Math.Round(hoverMs, 1),
            ["didOpenToFirstCompletionMs"] = Math.Round(completionMs, 1),
            ["hoverShowsEntry"] = hoverText.Length > 0,
            ["completionItems"] = completion.Result?["items"]?.AsArray().Count ?? 0,
            ["hoverInBibAnswered"] = hoverInBib.Error is null,
            ["rssMb"] = Math.Round(rss, 0),
            ["peakRssMb"] = Math.Round(peak, 0),
        };
    }

    private static int FindLine(string text, int offset)
    {
        var line = 0;
        for (var i = 0; i < offset; i++) if (text[i] == '\n') line++;
        return line;
    }
}
