using Newtonsoft.Json.Linq;
using PapersLsp.Server.Tests.EndToEnd;
using PapersLsp.Server.Tests.Infrastructure;

namespace PapersLsp.Server.Tests.Features;

/// <summary>The server imports configured catalog sources and workspace .bib files, and re-imports them when they change.</summary>
public sealed class CatalogSourcesTests
{
    private static async Task<JToken?> PaperAsync(LspTestClient client, string id)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var paper = (await client.RequestAsync("papers/paper", new JObject { ["id"] = id }))["result"];
            if (paper is not null && paper.Type != JTokenType.Null) return paper;
            await Task.Delay(50);
        }
        return null;
    }

    [Fact]
    public async Task Sources_and_workspace_bibliographies_reach_the_catalog_and_changes_are_reimported()
    {
        var workspace = Directory.CreateTempSubdirectory("papers-sources-");
        var bib = Path.Combine(workspace.FullName, "refs.bib");
        await File.WriteAllTextAsync(bib, "@article{fake1, title = {A Workspace Paper}, author = {Doe, Jane}, eprint = {2101.00001}, archivePrefix = {arXiv}}\n");
        var feed = Path.Combine(ServerExecutable.RepositoryRoot(), "tests", "corpus", "arxiv-api", "2026_id_list-2104.12255v1.xml");
        var options = new JObject { ["catalog"] = new JObject { ["sources"] = new JArray(feed) } };
        await using var client = LspTestClient.Start(TestServer.Options(SeedCatalog.Create()));
        await client.RequestAsync("initialize", new JObject
        {
            ["rootUri"] = new Uri(workspace.FullName).AbsoluteUri,
            ["capabilities"] = new JObject(),
            ["initializationOptions"] = options,
        });
        await client.NotifyAsync("initialized", new JObject());

        Assert.NotNull(await PaperAsync(client, "2104.12255"));
        Assert.Equal("A Workspace Paper", (string?)(await PaperAsync(client, "2101.00001"))?["title"]);

        await File.AppendAllTextAsync(bib, "@article{fake2, title = {Added Later}, eprint = {2101.00002}, archivePrefix = {arXiv}}\n");
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new JObject
        {
            ["changes"] = new JArray(new JObject { ["uri"] = new Uri(bib).AbsoluteUri, ["type"] = 2 }),
        });
        Assert.Equal("Added Later", (string?)(await PaperAsync(client, "2101.00002"))?["title"]);
        workspace.Delete(recursive: true);
    }

    [Fact]
    public async Task A_relative_source_is_found_in_the_workspace_folder()
    {
        var workspace = Directory.CreateTempSubdirectory("papers-relative-source-");
        var feeds = Directory.CreateDirectory(Path.Combine(workspace.FullName, "feeds"));
        var feed = Path.Combine(ServerExecutable.RepositoryRoot(), "tests", "corpus", "arxiv-api", "2026_id_list-2104.12255v1.xml");
        File.Copy(feed, Path.Combine(feeds.FullName, "feed.xml"));
        var options = new JObject { ["catalog"] = new JObject { ["sources"] = new JArray("./feeds/../feeds/feed.xml") } };
        await using var client = LspTestClient.Start(TestServer.Options(SeedCatalog.Create()));
        await client.RequestAsync("initialize", new JObject
        {
            ["workspaceFolders"] = new JArray(new JObject { ["uri"] = new Uri(workspace.FullName).AbsoluteUri, ["name"] = "ws" }),
            ["capabilities"] = new JObject(),
            ["initializationOptions"] = options,
        });
        await client.NotifyAsync("initialized", new JObject());

        Assert.NotNull(await PaperAsync(client, "2104.12255"));
        Assert.DoesNotContain("does not exist", client.StderrText, StringComparison.Ordinal);
        workspace.Delete(recursive: true);
    }
}
