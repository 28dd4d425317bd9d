using System.Collections.Immutable;
using PapersLsp.Core.Settings;

namespace PapersLsp.Core.Documents;

/// <summary>
/// An immutable view of the workspace at one revision: open documents, workspace files read from disk
/// (such as .bib files nobody opened), settings and folders. State changes produce a new snapshot; a
/// request reads the snapshot it captured on arrival.
/// </summary>
public sealed record WorkspaceSnapshot
{
    public long Revision { get; init; }

    /// <summary>Documents the client has open, by URI.</summary>
    public ImmutableDictionary<string, TextDocument> OpenDocuments { get; init; } = ImmutableDictionary<string, TextDocument>.Empty;

    /// <summary>Workspace files read from disk (not open in the client), by URI.</summary>
    public ImmutableDictionary<string, TextDocument> DiskDocuments { get; init; } = ImmutableDictionary<string, TextDocument>.Empty;

    public PapersSettings Settings { get; init; } = PapersSettings.Default;

    /// <summary>Workspace folder URIs.</summary>
    public ImmutableArray<string> Folders { get; init; } = [];

    public static readonly WorkspaceSnapshot Empty = new();

    /// <summary>The open document with this URI, else the disk copy, else null.</summary>
    public TextDocument? Find(string uri) =>
        OpenDocuments.TryGetValue(uri, out var open) ? open : DiskDocuments.TryGetValue(uri, out var disk) ? disk : null;

    /// <summary>Every document, open ones taking the place of their disk copies.</summary>
    public IEnumerable<TextDocument> AllDocuments()
    {
        foreach (var doc in OpenDocuments.Values) yield return doc;
        foreach (var (uri, doc) in DiskDocuments)
            if (!OpenDocuments.ContainsKey(uri)) yield return doc;
    }

    public AnalysisOptions AnalysisOptions => new() { ExtraCitationCommands = Settings.Citations.ExtraCommands };
}
