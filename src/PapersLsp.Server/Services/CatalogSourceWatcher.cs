using System.Collections.Concurrent;
using System.Text.Json;
using PapersLsp.Catalog.Import;
using PapersLsp.Core.Catalog;
using PapersLsp.Core.Settings;
using PapersLsp.Server.Hosting;

namespace PapersLsp.Server.Services;

/// <summary>
/// Keeps the catalog in step with the files it was filled from: the configured <c>catalog.sources</c> and the
/// workspace's .bib files. A file is imported when it is new or changed since its last import (size and time are
/// remembered next to the catalog), in the background with <c>$/progress</c>, one import at a time. A .bib replaced
/// by an atomic rename (Better BibTeX's auto-export) shows up as a change like any other.
/// </summary>
public sealed class CatalogSourceWatcher : IDisposable
{
    private readonly ServerContext _context;
    private readonly IPaperCatalog _catalog;
    private readonly string? _stateFile;
    private readonly ConcurrentDictionary<string, FileStamp> _imported;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Debouncer _debounce;

    private sealed record FileStamp(long Length, DateTime WrittenUtc);

    public CatalogSourceWatcher(ServerContext context, IPaperCatalog catalog)
    {
        _context = context;
        _debounce = new Debouncer(context.Log, "re-importing a catalog source");
        _catalog = catalog;
        // Only the file's location: GetStats would count the whole catalog.
        var location = catalog.Location;
        _stateFile = location is null ? null : location + ".sources.json";
        _imported = new ConcurrentDictionary<string, FileStamp>(LoadState(), StringComparer.Ordinal);
    }

    /// <summary>
    /// Imports what changed since last time and starts watching the configured sources (expanded by
    /// <see cref="UserPath"/>, relative ones against the first workspace folder).
    /// </summary>
    public void Start(IEnumerable<string> configuredSources, IEnumerable<string> workspaceBibFiles)
    {
        var files = new List<string>();
        var baseFolder = UserPath.BaseFolder(_context.Snapshot.Folders);
        foreach (var source in configuredSources)
        {
            if (UserPath.Expand(source, baseFolder) is not { } path) _context.Log.Warning($"catalog source {source} is not a usable path (a relative path needs a workspace folder)");
            else if (File.Exists(path)) { files.Add(path); Watch(Path.GetDirectoryName(path)!, Path.GetFileName(path)); }
            else if (Directory.Exists(path)) { files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)); Watch(path, "*"); }
            else _context.Log.Warning($"catalog source {source} does not exist (looked for {path})");
        }
        files.AddRange(workspaceBibFiles);
        _ = Task.Run(async () =>
        {
            foreach (var file in files.Distinct(StringComparer.Ordinal)) await ImportIfChangedAsync(file).ConfigureAwait(false);
        });
    }

    /// <summary>A workspace .bib file changed (from the client's file watcher).</summary>
    public void BibChanged(string path) => Schedule(path);

    private void Watch(string folder, string filter)
    {
        try
        {
            var watcher = new FileSystemWatcher(folder, filter) { IncludeSubdirectories = filter == "*", NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.FileName };
            watcher.Changed += (_, e) => Schedule(e.FullPath);
            watcher.Created += (_, e) => Schedule(e.FullPath);
            watcher.Renamed += (_, e) => Schedule(e.FullPath);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException)
        {
            _context.Log.Warning($"cannot watch {folder}: {ex.Message}");
        }
    }

    /// <summary>Waits for writes to settle (editors and exporters write in several steps) before importing.</summary>
    private void Schedule(string path) => _debounce.Schedule(path, TimeSpan.FromSeconds(1), _ => ImportIfChangedAsync(path));

    private async Task ImportIfChangedAsync(string path)
    {
        FileStamp stamp;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return;
            stamp = new FileStamp(info.Length, info.LastWriteTimeUtc);
        }
        catch (IOException)
        {
            return;
        }
        if (_imported.TryGetValue(path, out var last) && last == stamp) return;
        await _oneAtATime.WaitAsync().ConfigureAwait(false);
        try
        {
            using var import = CatalogFileImport.Open(path, null, out var problem);
            if (import is null)
            {
                _context.Log.Debug($"not a catalog source: {problem}");
                return;
            }
            var progress = await WorkDoneProgress.CreateAsync(_context, CancellationToken.None).ConfigureAwait(false);
            await progress.BeginAsync($"Importing {Path.GetFileName(path)} into the paper catalog", cancellable: false).ConfigureAwait(false);
            var skipped = 0;
            var result = _catalog.Upsert(import.Read().Where(item => { if (item.Problem is not null) skipped++; return item.Paper is not null; }).Select(item => item.Paper!));
            var summary = $"{result.Added} added, {result.Updated} updated, {skipped} skipped";
            await progress.EndAsync(summary).ConfigureAwait(false);
            _context.Log.Info($"imported {path}: {summary}");
            _imported[path] = stamp;
            SaveState();
        }
        catch (Exception ex)
        {
            _context.Log.Exception($"importing {path}", ex);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private Dictionary<string, FileStamp> LoadState()
    {
        try
        {
            if (_stateFile is not null && File.Exists(_stateFile))
                return JsonSerializer.Deserialize<Dictionary<string, FileStamp>>(File.ReadAllText(_stateFile)) ?? [];
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
            _context.Log.Warning($"ignoring {_stateFile}: {ex.Message}");
        }
        return [];
    }

    private void SaveState()
    {
        if (_stateFile is null) return;
        try
        {
            // Written to a temporary file and renamed, so a crash never leaves half a state file.
            var temporary = _stateFile + ".tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(_imported.ToDictionary(kv => kv.Key, kv => kv.Value)));
            File.Move(temporary, _stateFile, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _context.Log.Warning($"cannot save {_stateFile}: {ex.Message}");
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _oneAtATime.Dispose();
    }
}
