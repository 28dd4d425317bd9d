using System.Diagnostics;
using System.Text;
using PapersLsp.Catalog.Tests.Store;
using PapersLsp.Server.Transport;

namespace PapersLsp.Catalog.Tests.Reliability;

/// <summary>
/// Two language servers reading and one <c>catalog import</c> writing the same catalog file at once: the import
/// succeeds, no reader gets an error or "database is locked", readers see the catalog from before the import or
/// after it (never part of it), and the file passes the integrity check.
/// </summary>
public sealed class ConcurrentProcessesTests(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private readonly TempCatalogFile _catalog = new();

    public void Dispose() => _catalog.Dispose();

    [Fact]
    public async Task Two_servers_and_one_import_share_a_catalog_without_errors_or_half_imports()
    {
        var seed = Path.Combine(_catalog.Folder, "seed.jsonl");
        CatalogProcess.WriteSnapshot(seed, 0, 500);
        var (code, stderr) = await CatalogProcess.RunAsync("catalog", "import", seed, "--catalog", _catalog.Path);
        Assert.True(code == 0, stderr);
        var before = CatalogProcess.Inspect(_catalog.Path).Keys.Count;
        var batch = Path.Combine(_catalog.Folder, "batch.jsonl");
        var batchKeys = CatalogProcess.WriteSnapshot(batch, 10_000, 6000);

        using var stop = new CancellationTokenSource();
        var readsAfterImport = new int[2];
        var importDone = false;
        var servers = Enumerable.Range(0, 2).Select(n => Task.Run(() => ReadWhileImportingAsync(_catalog.Path, () =>
        {
            if (Volatile.Read(ref importDone)) Interlocked.Increment(ref readsAfterImport[n]);
        }, stop.Token))).ToArray();
        await Task.Delay(1500); // both servers are up and reading
        var import = await CatalogProcess.RunAsync("catalog", "import", batch, "--catalog", _catalog.Path);
        Volatile.Write(ref importDone, true);
        // Each server reads the finished import a few times before it stops, however slow the machine is.
        for (var i = 0; i < 600 && readsAfterImport.Any(r => r < 3); i++) await Task.Delay(100);
        await stop.CancelAsync();
        var observations = await Task.WhenAll(servers);

        Assert.True(import.Code == 0, import.Stderr);
        Assert.DoesNotContain("locked", import.Stderr, StringComparison.OrdinalIgnoreCase);
        var after = before + batchKeys.Count;
        foreach (var (counts, errors, serverStderr) in observations)
        {
            output.WriteLine($"{counts.Count} reads: {string.Join(", ", counts.GroupBy(c => c).Select(g => $"{g.Count()}× {g.Key}"))}");
            Assert.Empty(errors);
            Assert.DoesNotContain("locked", serverStderr, StringComparison.OrdinalIgnoreCase);
            Assert.All(counts, c => Assert.True(c == before || c == after, $"a reader saw {c} papers: neither {before} (before) nor {after} (after the import)"));
            Assert.Equal(after, counts[^1]);
            Assert.True(counts.Count >= 3, "the server hardly answered"); // the loop above waits for 3 reads after the import, however loaded the machine
        }
        var (integrity, keys) = CatalogProcess.Inspect(_catalog.Path);
        Assert.Equal("ok", integrity);
        Assert.Equal(after, keys.Count);
    }

    /// <summary>A server that asks for catalog stats and searches in a loop; returns the paper counts it saw and any errors.</summary>
    private static async Task<(List<long> Counts, List<string> Errors, string Stderr)> ReadWhileImportingAsync(string catalogPath, Action afterRead, CancellationToken stop)
    {
        using var process = CatalogProcess.Start("--stdio", "--catalog", catalogPath);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var input = process.StandardInput.BaseStream;
        var reader = new LspFrameReader(process.StandardOutput.BaseStream);
        var counts = new List<long>();
        var errors = new List<string>();
        var id = 0;
        async Task<Newtonsoft.Json.Linq.JObject> Ask(string method, string parameters)
        {
            var myId = ++id;
            var body = Encoding.UTF8.GetBytes($"{{\"jsonrpc\":\"2.0\",\"id\":{myId},\"method\":\"{method}\",\"params\":{parameters}}}");
            await input.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), CancellationToken.None);
            await input.WriteAsync(body, CancellationToken.None);
            await input.FlushAsync(CancellationToken.None);
            while (await reader.ReadFrameAsync(CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(1), CancellationToken.None) is { } frame)
            {
                var message = Newtonsoft.Json.Linq.JObject.Parse(Encoding.UTF8.GetString(frame));
                if (message["method"] is null && (int?)message["id"] == myId) return message;
            }
            throw new InvalidOperationException("the server closed its output");
        }
        await Ask("initialize", "{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}");
        while (!stop.IsCancellationRequested)
        {
            var stats = await Ask("papers/catalogStats", "{}");
            if (stats["error"] is { } e) errors.Add(e.ToString());
            else counts.Add((long)stats["result"]!["papers"]!);
            afterRead();
            var search = await Ask("papers/search", "{\"query\":\"quantum chromodynamics\",\"limit\":5}");
            if (search["error"] is { } s) errors.Add(s.ToString());
        }
        await Ask("shutdown", "null");
        var exit = Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
        await input.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {exit.Length}\r\n\r\n"), CancellationToken.None);
        await input.WriteAsync(exit, CancellationToken.None);
        await input.FlushAsync(CancellationToken.None);
        await process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
        return (counts, errors, await stderr);
    }
}
