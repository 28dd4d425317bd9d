using System.Collections.Concurrent;
using System.Globalization;
using PapersLsp.Core.Arxiv;

namespace PapersLsp.Online;

/// <summary>
/// Ids arXiv said it does not have (dropped from an <c>id_list</c> answer, or refused as malformed), remembered for a
/// retention period so open documents do not ask again on every edit. Kept in memory and appended to a small TSV
/// file (id, UTC time) shared by the user's processes; entries older than the retention are dropped when read.
/// </summary>
public sealed class NotFoundCache
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _missing = new(StringComparer.Ordinal);
    private readonly string? _file;
    private readonly TimeSpan _retention;
    private readonly IOnlineClock _clock;
    private readonly Lock _fileGate = new();

    /// <param name="file">The shared file, or null to keep the list in memory only.</param>
    public NotFoundCache(string? file, TimeSpan retention, IOnlineClock clock)
    {
        _file = file;
        _retention = retention;
        _clock = clock;
        Load();
    }

    /// <summary>True when arXiv said it lacks this id less than the retention period ago.</summary>
    public bool IsKnownMissing(ArxivId id) =>
        _missing.TryGetValue(id.Id, out var when) && _clock.UtcNow - when < _retention;

    public void MarkMissing(IEnumerable<ArxivId> ids)
    {
        var now = _clock.UtcNow;
        var lines = new List<string>();
        foreach (var id in ids)
        {
            _missing[id.Id] = now;
            lines.Add($"{id.Id}\t{now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)}");
        }
        if (_file is null || lines.Count == 0) return;
        try
        {
            lock (_fileGate)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_file))!);
                File.AppendAllLines(_file, lines);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The list still works in memory; the file is only a courtesy to other processes.
        }
    }

    /// <summary>Forgets an id (an explicit lookup found it after all).</summary>
    public void Forget(ArxivId id) => _missing.TryRemove(id.Id, out _);

    private void Load()
    {
        if (_file is null || !File.Exists(_file)) return;
        var now = _clock.UtcNow;
        var expired = 0;
        try
        {
            foreach (var line in File.ReadLines(_file))
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                if (tab <= 0 || !ArxivId.TryParse(line[..tab], out var id)
                    || !DateTimeOffset.TryParse(line[(tab + 1)..], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var when))
                {
                    expired++;
                    continue;
                }
                if (now - when >= _retention) expired++;
                else if (!_missing.TryGetValue(id.Id, out var known) || known < when) _missing[id.Id] = when;
            }
            if (expired > 0) Rewrite();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    private void Rewrite()
    {
        var lines = _missing.Select(p => $"{p.Key}\t{p.Value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)}").ToArray();
        lock (_fileGate) File.WriteAllLines(_file!, lines);
    }
}
