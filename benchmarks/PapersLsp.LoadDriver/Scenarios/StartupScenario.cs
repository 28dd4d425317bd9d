using System.Diagnostics;

namespace PapersLsp.LoadDriver.Scenarios;

/// <summary>
/// Server start (process spawn) to the <c>initialize</c> answer, and to the first answered hover on a document opened
/// right after <c>initialized</c> (this one includes opening the catalog), over several fresh processes.
/// </summary>
public static class StartupScenario
{
    public static async Task<(LatencySeries Initialize, LatencySeries FirstHover)> RunAsync(DriverOptions options, string workspace)
    {
        var initialize = new LatencySeries("start → initialize answer");
        var firstHover = new LatencySeries("start → first hover answer (catalog open)");
        var uri = LspSession.UriOf(workspace, "startup.md");
        for (var i = 0; i < options.Startups; i++)
        {
            await using var session = await LspSession.StartAsync(options, workspace).ConfigureAwait(false);
            initialize.AddMilliseconds(session.InitializeMs);
            session.Open(uri, "markdown", "Attention: arXiv:1706.03762 and arXiv:2410.15661.\n");
            var hover = await session.Client.RequestAsync("textDocument/hover", LspSession.At(uri, 0, 20)).ConfigureAwait(false);
            firstHover.AddMilliseconds(Stopwatch.GetElapsedTime(session.Client.StartedTicks, hover.ReceivedTicks).TotalMilliseconds);
        }
        return (initialize, firstHover);
    }
}
