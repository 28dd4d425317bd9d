using PapersLsp.Core.Arxiv;

namespace PapersLsp.Core.Catalog;

/// <summary>An author as the source gave it; <see cref="Given"/>/<see cref="Family"/> when the source splits names.</summary>
public sealed record PaperAuthor(string Name, string? Given = null, string? Family = null, string? Suffix = null)
{
    /// <summary>The family name: the split one when known, else the last word of the full name.</summary>
    public string FamilyOrLastWord => Family ?? (Name.Contains(' ', StringComparison.Ordinal) ? Name[(Name.LastIndexOf(' ') + 1)..] : Name);
}

/// <summary>One version of an arXiv paper and the day it was submitted.</summary>
public sealed record PaperVersion(int Number, DateOnly? Date);

/// <summary>Where a record (or part of it) came from.</summary>
/// <param name="Name">The importer (<c>seed</c>, <c>hf-json</c>, <c>atom</c>, <c>kaggle</c>, <c>bibtex</c>, <c>csl</c>, <c>arxiv-api</c>).</param>
/// <param name="File">The file or URL read, when there is one.</param>
public sealed record PaperSource(string Name, string? File, DateTimeOffset ImportedAt);

/// <summary>
/// A paper in the catalog. Text keeps LaTeX as written; rendering is the features' business.
/// Papers known only by title have no <see cref="ArxivId"/> and a synthetic <see cref="Key"/>.
/// </summary>
public sealed record PaperRecord
{
    /// <summary>The canonical arXiv id without version, or <c>title:&lt;hash&gt;</c> for papers with no id.</summary>
    public required string Key { get; init; }

    public ArxivId? ArxivId { get; init; }

    public required string Title { get; init; }

    public IReadOnlyList<PaperAuthor> Authors { get; init; } = [];

    /// <summary>Declared author count when the source gives only a number ("• 7 authors").</summary>
    public int? AuthorCount { get; init; }

    public string? Abstract { get; init; }

    public string? PrimaryCategory { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    public IReadOnlyList<PaperVersion> Versions { get; init; } = [];

    /// <summary>Latest version known to the catalog, when any is.</summary>
    public int? LatestVersion { get; init; }

    /// <summary>Date of the first version.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Date of the latest version.</summary>
    public DateOnly? Updated { get; init; }

    public string? Doi { get; init; }

    public string? JournalRef { get; init; }

    public string? Comments { get; init; }

    public IReadOnlyList<string> Links { get; init; } = [];

    public IReadOnlyList<PaperSource> Sources { get; init; } = [];

    /// <summary>The key for a paper with no arXiv id: stable across imports for the same normalised title.</summary>
    public static string TitleKey(string title)
    {
        var normalised = new System.Text.StringBuilder(title.Length);
        foreach (var c in Text.WellFormedText.Of(title).Normalize(System.Text.NormalizationForm.FormKD))
            if (char.IsLetterOrDigit(c)) normalised.Append(char.ToLowerInvariant(c));
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(normalised.ToString()));
        return "title:" + Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
