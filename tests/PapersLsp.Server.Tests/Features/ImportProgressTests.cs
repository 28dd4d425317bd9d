using Newtonsoft.Json.Linq;
using PapersLsp.Server.Tests.EndToEnd;
using PapersLsp.Server.Tests.Infrastructure;

namespace PapersLsp.Server.Tests.Features;

public sealed class ImportProgressTests
{
    [Fact]
    public async Task Import_reports_progress_on_the_clients_token_and_adds_the_papers()
    {
        var capabilities = new JObject { ["window"] = new JObject { ["workDoneProgress"] = true } };
        await using var client = await LspTestClient.StartInitializedAsync(TestServer.Options(SeedCatalog.Create()), capabilities);
        var snapshot = Path.Combine(ServerExecutable.RepositoryRoot(), "tests", "corpus", "arxiv-metadata", "kaggle-arxiv-snapshot_0704.0002-0704.0086.jsonl");
        var reply = await client.RequestAsync("papers/import", new JObject { ["paths"] = new JArray(snapshot), ["workDoneToken"] = "import-1" });
        Assert.Equal(85, (int)reply["result"]!["added"]!);
        var progress = client.Notifications("$/progress").Where(n => (string?)n["params"]!["token"] == "import-1").Select(n => (string?)n["params"]!["value"]!["kind"]).ToArray();
        Assert.Equal("begin", progress[0]);
        Assert.Equal("end", progress[^1]);
        var stats = (await client.RequestAsync("papers/catalogStats", new JObject()))["result"]!;
        Assert.Equal(483 + 85, (int)stats["papers"]!);
    }

    [Fact]
    public async Task Import_of_a_missing_file_reports_it_and_changes_nothing()
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestServer.Options(SeedCatalog.Create()));
        var reply = await client.RequestAsync("papers/import", new JObject { ["paths"] = new JArray("/no/such/file.bib") });
        Assert.Equal(0, (int)reply["result"]!["added"]!);
        Assert.Equal(1, (int)reply["result"]!["skipped"]!);
        Assert.Contains("/no/such/file.bib", (string?)reply["result"]!["problems"]![0], StringComparison.Ordinal);
    }
}
