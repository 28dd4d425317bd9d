using System.Collections.Immutable;
using Newtonsoft.Json.Linq;
using PapersLsp.Core.Documents;
using PapersLsp.Server.Hosting;
using PapersLsp.Server.Protocol;
using StreamJsonRpc;

namespace PapersLsp.Server.Services;

/// <summary>
/// Reads the workspace's .bib, .tex and Markdown files from disk (so citations resolve and references are found
/// in files nobody opened) and keeps them current from <c>workspace/didChangeWatchedFiles</c>. A file replaced by
/// an atomic rename (Better BibTeX's auto-export) arrives as a create or change and is simply read again.
/// </summary>
public sealed class WorkspaceIndexer(ServerContext context)
{
    /// <summary>Larger files are skipped: they are not notes, and reading them would stall the server.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    public const int MaxFiles = 20_000;

    [JsonRpcMethod("workspace/didChangeWatchedFiles")]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams request)
    {
        var changes = request.Changes ?? [];
        context.Workspace.Update("watched files", snapshot =>
        {
            var disk = snapshot.DiskDocuments.ToBuilder();
            foreach (var change in changes)
            {
                if (!DocumentFiles.IsSupported(change.Uri)) continue;
                if (change.Type == 3) disk.Remove(change.Uri);
                else if (Read(change.Uri, snapshot.AnalysisOptions) is { } document)
                {
                    disk[change.Uri] = document;
                    if (document.Language == DocumentLanguage.Bibtex && ToPath(change.Uri) is { } path) context.Sources?.BibChanged(path);
                }
            }
            return snapshot with { DiskDocuments = disk.ToImmutable() };
        }, context.Snapshot.OpenDocuments.Keys.ToArray());
    }

    /// <summary>Indexes the workspace folders in the background and asks the client to watch them.</summary>
    public void Start()
    {
        _ = Task.Run(async () =>
        {
            try
            {
                await RegisterWatchersAsync().ConfigureAwait(false);
                IndexFolders();
                await StartCatalogSourcesAsync().ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                context.Log.Exception("indexing the workspace", ex);
            }
        });
    }

    private void IndexFolders()
    {
        var snapshot = context.Snapshot;
        var folders = snapshot.Folders.Select(ToPath).OfType<string>().Where(Directory.Exists).ToArray();
        if (folders.Length == 0) return;
        var problems = new List<UnreadableFile>();
        var files = DocumentFiles.Expand(folders, problems);
        if (files.Count > MaxFiles)
        {
            context.Log.Warning($"the workspace has {files.Count} Markdown/LaTeX/BibTeX files; indexing the first {MaxFiles}");
            files = files.Take(MaxFiles).ToArray();
        }
        var documents = ImmutableDictionary.CreateBuilder<string, TextDocument>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var uri = new Uri(file).AbsoluteUri;
            if (Read(uri, snapshot.AnalysisOptions) is { } document) documents[uri] = document;
        }
        context.Workspace.Update("workspace index", s => s with { DiskDocuments = s.DiskDocuments.SetItems(documents) }, OpenUris());
        context.Log.Info($"indexed {documents.Count} workspace files");
    }

    /// <summary>Once the catalog is open: import changed catalog sources and workspace .bib files, then keep watching.</summary>
    private async Task StartCatalogSourcesAsync()
    {
        var catalog = await context.Catalog.ConfigureAwait(false);
        if (catalog is EmptyCatalog) return;
        var snapshot = context.Snapshot;
        var bibFiles = snapshot.DiskDocuments.Values.Where(d => d.Language == DocumentLanguage.Bibtex).Select(d => ToPath(d.Uri)).OfType<string>().ToArray();
        context.Sources = new CatalogSourceWatcher(context, catalog);
        context.Sources.Start(snapshot.Settings.Catalog.Sources, bibFiles);
    }

    private string[] OpenUris() => context.Snapshot.OpenDocuments.Keys.ToArray();

    private TextDocument? Read(string uri, AnalysisOptions options)
    {
        if (ToPath(uri) is not { } path) return null;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return null;
            if (info.Length > MaxFileBytes)
            {
                context.Log.Warning($"{path} is larger than {MaxFileBytes / (1024 * 1024)} MB; not indexed");
                return null;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        if (!DocumentFiles.TryRead(path, out var text, out var problem))
        {
            context.Log.Debug($"{path}: {problem}");
            return null;
        }
        return TextDocument.Create(uri, 0, text, DocumentLanguages.FromPath(path), options);
    }

    private async Task RegisterWatchersAsync()
    {
        if (!context.Session.Supports("workspace.didChangeWatchedFiles.dynamicRegistration")) return;
        var registration = new JObject
        {
            ["id"] = "papers-watch",
            ["method"] = "workspace/didChangeWatchedFiles",
            ["registerOptions"] = new JObject
            {
                ["watchers"] = new JArray(new JObject { ["globPattern"] = "**/*.{bib,tex,md,markdown,qmd,rmd}" }),
            },
        };
        await context.RequestAsync("client/registerCapability", new JObject { ["registrations"] = new JArray(registration) }, CancellationToken.None).ConfigureAwait(false);
    }

    private static string? ToPath(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? parsed.LocalPath : null;
}
