namespace PapersLsp.Core.Documents;

/// <summary>Settings that change what recognition finds.</summary>
public sealed record AnalysisOptions
{
    /// <summary>Extra LaTeX commands (without backslash) whose mandatory argument is a list of citation keys.</summary>
    public IReadOnlyList<string> ExtraCitationCommands { get; init; } = [];

    public static readonly AnalysisOptions Default = new();
}
