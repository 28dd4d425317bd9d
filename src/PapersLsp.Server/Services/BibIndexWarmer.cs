using System.Collections.Concurrent;
using PapersLsp.Core.Documents;
using PapersLsp.Features.Citations;
using PapersLsp.Server.Hosting;

namespace PapersLsp.Server.Services;

/// <summary>
/// Builds the entry index of a .bib (<see cref="BibEntryIndex"/>; its word index takes 0.4 s for 75,000 entries) in
/// the background after the same pause as diagnostics (whose checks share it), not on every keystroke, so the first
/// key typed in <c>\cite{</c> finds it ready.
/// </summary>
public sealed class BibIndexWarmer
{
    private readonly ServerContext _context;
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _pending = new(StringComparer.Ordinal);

    public BibIndexWarmer(ServerContext context)
    {
        _context = context;
        context.Workspace.Changed += (snapshot, uris) =>
        {
            foreach (var uri in uris)
                if (snapshot.Find(uri) is { Language: DocumentLanguage.Bibtex } bib) Schedule(bib);
        };
    }

    private void Schedule(TextDocument bib)
    {
        var cts = new CancellationTokenSource();
        if (_pending.TryGetValue(bib.Uri, out var previous)) previous.Cancel();
        _pending[bib.Uri] = cts;
        _ = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(_context.Options.DiagnosticsDelay, cts.Token).ConfigureAwait(false);
                BibEntryIndex.Of(bib).PrepareSearch();
            }
            catch (OperationCanceledException)
            {
            }
            catch (Exception ex)
            {
                _context.Log.Exception($"indexing the entries of {bib.Uri}", ex);
            }
            finally
            {
                _pending.TryRemove(new KeyValuePair<string, CancellationTokenSource>(bib.Uri, cts));
                cts.Dispose();
            }
        }, CancellationToken.None);
    }
}
