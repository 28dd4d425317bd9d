using PapersLsp.Core.Documents;

namespace PapersLsp.Server.Hosting;

/// <summary>
/// Holds the current <see cref="WorkspaceSnapshot"/>. State changes are applied one at a time in arrival order;
/// readers take the current snapshot without locking. A change that throws leaves the old snapshot in place.
/// </summary>
public sealed class WorkspaceStore(ServerLog log)
{
    private readonly Lock _writeGate = new();
    private WorkspaceSnapshot _current = WorkspaceSnapshot.Empty;

    public WorkspaceSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Raised after a change, with the documents whose content or settings changed.</summary>
    public event Action<WorkspaceSnapshot, IReadOnlyCollection<string>>? Changed;

    /// <summary>Applies a change; <paramref name="changedUris"/> names the documents it touched (null: all).</summary>
    public WorkspaceSnapshot Update(string what, Func<WorkspaceSnapshot, WorkspaceSnapshot> change, IReadOnlyCollection<string>? changedUris = null)
    {
        WorkspaceSnapshot next;
        lock (_writeGate)
        {
            var before = _current;
            try
            {
                next = change(before) with { Revision = before.Revision + 1 };
            }
            catch (Exception ex)
            {
                log.Exception($"could not apply {what}; keeping the previous state", ex);
                return before;
            }
            Volatile.Write(ref _current, next);
        }
        Changed?.Invoke(next, changedUris ?? next.OpenDocuments.Keys.ToArray());
        return next;
    }
}
