using Newtonsoft.Json.Linq;
using PapersLsp.Core.Documents;
using PapersLsp.Server.Hosting;
using PapersLsp.Server.Services;
using PapersLsp.Server.Tests.Infrastructure;

namespace PapersLsp.Server.Tests.Reliability;

/// <summary>
/// The server reads only the workspace and configured files: watched-file events, symbolic links and relative
/// bibliography paths cannot make it read outside; link loops end.
/// </summary>
public sealed class WorkspaceBoundaryTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("papers-boundary-").FullName;
    private readonly string _workspace;
    private readonly string _outside;

    public WorkspaceBoundaryTests()
    {
        _workspace = Directory.CreateDirectory(Path.Combine(_root, "ws")).FullName;
        _outside = Directory.CreateDirectory(Path.Combine(_root, "outside")).FullName;
        File.WriteAllText(Path.Combine(_outside, "secret.bib"), "@article{secret, title={Outside the workspace}}\n");
        File.WriteAllText(Path.Combine(_workspace, "refs.bib"), "@article{inside, title={Inside}}\n");
        File.WriteAllText(Path.Combine(_workspace, "paper.tex"), "\\cite{secret}\\bibliography{../outside/secret}\n");
        File.CreateSymbolicLink(Path.Combine(_workspace, "linked.bib"), Path.Combine(_outside, "secret.bib"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string Uri(string path) => new System.Uri(path).AbsoluteUri;

    private async Task<(LspTestClient Client, Func<ServerContext> Context)> StartAsync()
    {
        ServerContext? captured = null;
        var options = TestServer.Options(FixedCatalog.Attention()) with { AdditionalHandlers = [c => { captured = c; return new object(); }] };
        var client = LspTestClient.Start(options);
        var init = await client.RequestAsync("initialize", new JObject
        {
            ["processId"] = null,
            ["capabilities"] = new JObject(),
            ["workspaceFolders"] = new JArray(new JObject { ["uri"] = Uri(_workspace), ["name"] = "ws" }),
        });
        Assert.Null(init["error"]);
        await client.NotifyAsync("initialized", new JObject());
        var context = () => captured ?? throw new InvalidOperationException("no context");
        for (var i = 0; i < 200 && !context().Snapshot.DiskDocuments.ContainsKey(Uri(Path.Combine(_workspace, "refs.bib"))); i++) await Task.Delay(50);
        return (client, context);
    }

    [Fact]
    public async Task Indexing_reads_the_workspace_but_not_a_link_that_points_outside()
    {
        var (client, context) = await StartAsync();
        await using var _ = client;
        var disk = context().Snapshot.DiskDocuments;
        Assert.Contains(Uri(Path.Combine(_workspace, "refs.bib")), disk.Keys);
        Assert.Contains(Uri(Path.Combine(_workspace, "paper.tex")), disk.Keys);
        Assert.DoesNotContain(Uri(Path.Combine(_workspace, "linked.bib")), disk.Keys);
        Assert.DoesNotContain(disk.Values, d => d.Text.Contains("Outside the workspace", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("outside/secret.bib")]
    [InlineData("ws/../outside/secret.bib")]
    [InlineData("ws/linked.bib")]
    public async Task A_watched_file_event_outside_the_workspace_is_not_read(string relative)
    {
        var (client, context) = await StartAsync();
        await using var _ = client;
        var uri = "file://" + Path.Combine(_root, relative).Replace('\\', '/');
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new JObject { ["changes"] = new JArray(new JObject { ["uri"] = uri, ["type"] = 1 }) });
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new JObject { ["changes"] = new JArray(new JObject { ["uri"] = Uri(Path.Combine(_workspace, "refs.bib")), ["type"] = 2 }) });
        await client.RequestAsync("textDocument/documentLink", new JObject { ["textDocument"] = new JObject { ["uri"] = uri } }); // after both events
        Assert.DoesNotContain(context().Snapshot.DiskDocuments.Values, d => d.Text.Contains("Outside the workspace", StringComparison.Ordinal));
        Assert.Contains("not read", client.StderrText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_boundary_allows_configured_bibliographies_outside_the_workspace()
    {
        var secret = Path.Combine(_outside, "secret.bib");
        var snapshot = WorkspaceSnapshot.Empty with { Folders = [Uri(_workspace)] };
        Assert.False(WorkspaceBoundary.AllowsReading(secret, snapshot));
        Assert.True(WorkspaceBoundary.AllowsReading(Path.Combine(_workspace, "refs.bib"), snapshot));
        Assert.False(WorkspaceBoundary.AllowsReading(_workspace + "-evil/x.bib", snapshot)); // a sibling sharing the prefix
        var configured = snapshot with { Settings = Core.Settings.PapersSettings.Default with { Bibtex = new() { GlobalBibliographies = [secret] } } };
        Assert.True(WorkspaceBoundary.AllowsReading(secret, configured));
    }

    private WorkspaceSnapshot Configured(string[] bibliographies, string[] sources) => WorkspaceSnapshot.Empty with
    {
        Folders = [Uri(_workspace)],
        Settings = Core.Settings.PapersSettings.Default with { Bibtex = new() { GlobalBibliographies = bibliographies }, Catalog = new() { Sources = sources } },
    };

    [Fact]
    public void Relative_settings_are_resolved_against_the_workspace_folder_not_the_current_directory()
    {
        var secret = Path.Combine(_outside, "secret.bib");
        Assert.True(WorkspaceBoundary.AllowsReading(secret, Configured(["../outside/secret.bib"], [])));
        Assert.True(WorkspaceBoundary.AllowsReading(secret, Configured([], ["../outside"])));
        Assert.False(WorkspaceBoundary.AllowsReading(secret, Configured(["outside/secret.bib"], [])));
        Assert.Equal(new[] { _workspace, secret }, WorkspaceBoundary.For(Configured(["../outside/secret.bib"], [])).AllowedRoots);
    }

    [Fact]
    public void An_undefined_variable_never_widens_the_boundary_to_the_root()
    {
        var snapshot = Configured(["$PAPERS_LSP_UNSET_FOR_TEST/", "${PAPERS_LSP_UNSET_FOR_TEST}"], ["%PAPERS_LSP_UNSET_FOR_TEST%"]);
        Assert.False(WorkspaceBoundary.AllowsReading(Path.Combine(_outside, "secret.bib"), snapshot));
        Assert.All(WorkspaceBoundary.For(snapshot).AllowedRoots, root => Assert.StartsWith(_workspace, root, StringComparison.Ordinal));
    }

    [Fact]
    public void The_roots_are_computed_once_per_settings_or_folders_change()
    {
        var secret = Path.Combine(_outside, "secret.bib");
        var snapshot = Configured([], []);
        var boundary = WorkspaceBoundary.For(snapshot);
        var document = TextDocument.Create(Uri(Path.Combine(_workspace, "refs.bib")), 1, "@misc{a}\n", DocumentLanguage.Bibtex);
        Assert.Same(boundary, WorkspaceBoundary.For(snapshot with { Revision = 7, OpenDocuments = snapshot.OpenDocuments.Add(document.Uri, document) }));
        Assert.False(WorkspaceBoundary.AllowsReading(secret, snapshot));

        var configured = snapshot with { Settings = snapshot.Settings with { Bibtex = new() { GlobalBibliographies = [secret] } } };
        Assert.NotSame(boundary, WorkspaceBoundary.For(configured));
        Assert.True(WorkspaceBoundary.AllowsReading(secret, configured));

        var other = Path.Combine(_outside, "other.bib");
        File.WriteAllText(other, "@misc{other}\n");
        Assert.False(WorkspaceBoundary.AllowsReading(other, configured));
        var moved = configured with { Folders = [Uri(_outside)] };
        Assert.True(WorkspaceBoundary.AllowsReading(other, moved));
        Assert.False(WorkspaceBoundary.AllowsReading(Path.Combine(_workspace, "refs.bib"), moved));
    }

    [Fact]
    public async Task Folder_link_loops_end_and_list_each_file_once()
    {
        Directory.CreateSymbolicLink(Path.Combine(_workspace, "loop"), _workspace);
        var nested = Directory.CreateDirectory(Path.Combine(_workspace, "a", "b")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(nested, "up"), Path.Combine(_workspace, "a"));
        File.CreateSymbolicLink(Path.Combine(_workspace, "self.bib"), Path.Combine(_workspace, "self.bib"));
        File.WriteAllText(Path.Combine(nested, "deep.md"), "arXiv:1706.03762\n");
        var problems = new List<UnreadableFile>();
        var files = await Task.Run(() => DocumentFiles.Expand([_workspace], problems)).WaitAsync(TimeSpan.FromSeconds(10));
        var names = files.Select(Path.GetFileName).ToArray();
        Assert.Single(names, n => n == "deep.md");
        Assert.Single(names, n => n == "refs.bib");
        Assert.False(DocumentFiles.TryRead(Path.Combine(_workspace, "self.bib"), out _, out var problem));
        Assert.NotNull(problem);
    }
}
