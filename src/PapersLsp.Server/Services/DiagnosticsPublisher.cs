using System.Collections.Concurrent;
using PapersLsp.Core.Documents;
using PapersLsp.Features.Diagnostics;
using PapersLsp.Server.Conversion;
using PapersLsp.Server.Hosting;
using PapersLsp.Server.Protocol;

namespace PapersLsp.Server.Services;

/// <summary>
/// Publishes diagnostics for open documents: debounced while the user types, computed off the request path on
/// the newest snapshot, and sent only when they differ from what the client already has.
/// </summary>
public sealed class DiagnosticsPublisher
{
    private readonly ServerContext _context;
    private readonly ConcurrentDictionary<string, PublishDiagnosticsFrame> _published = new(StringComparer.Ordinal);
    private KnownPapers? _known;

    private readonly Debouncer _debouncer;

    public DiagnosticsPublisher(ServerContext context)
    {
        _context = context;
        _debouncer = new Debouncer(context.Log, "diagnostics");
        context.Workspace.Changed += (snapshot, uris) =>
        {
            foreach (var uri in uris) Schedule(uri, snapshot.OpenDocuments.ContainsKey(uri));
        };
    }

    /// <summary>Recomputes every open document (after the catalog or a bibliography changed).</summary>
    public void RefreshAll()
    {
        foreach (var uri in _context.Snapshot.OpenDocuments.Keys) Schedule(uri, open: true);
    }

    private void Schedule(string uri, bool open) =>
        _debouncer.Schedule(uri, open ? _context.Options.DiagnosticsDelay : TimeSpan.Zero, token => PublishAsync(uri, token));

    private async Task PublishAsync(string uri, CancellationToken cancellationToken)
    {
        var catalog = await _context.Catalog.WaitAsync(cancellationToken).ConfigureAwait(false);
        var known = _known is { } remembered && remembered.Catalog == catalog ? remembered : _known = new KnownPapers(catalog);
        var snapshot = _context.Snapshot;
        PublishDiagnosticsParams message;
        if (snapshot.OpenDocuments.TryGetValue(uri, out var document))
        {
            var diagnostics = DocumentDiagnostics.Compute(snapshot, document, known)
                .Select(d => d.ToProtocol(document, _context.Session.Encoding, snapshot.Find))
                .ToArray();
            message = new PublishDiagnosticsParams(uri, document.Version, diagnostics);
        }
        else
        {
            message = new PublishDiagnosticsParams(uri, null, []); // closed: clear what the client shows
        }
        cancellationToken.ThrowIfCancellationRequested();
        var frame = PublishDiagnosticsFrame.Create(message);
        if (frame.ShowsTheSameAs(_published.GetValueOrDefault(uri))) return;
        if (frame.Count == 0 && !_published.ContainsKey(uri)) return; // nothing shown, nothing to clear
        _published[uri] = frame;
        if (frame.Count == 0 && message.Version is null) _published.TryRemove(uri, out _);
        await _context.SendFrameAsync(frame.Body, cancellationToken).ConfigureAwait(false);
    }
}
