using System.Diagnostics.CodeAnalysis;

namespace PapersLsp.Core.Arxiv;

/// <summary>
/// A canonical arXiv identifier: the id without version (<c>2410.15661</c>, <c>hep-th/9901001</c>) plus the
/// version when one was written. Old-style ids drop the subject class (<c>math.GT/0309136</c> is
/// <c>math/0309136</c>, as arXiv itself resolves it); the class is kept in <see cref="SubjectClass"/>.
/// </summary>
public sealed record ArxivId
{
    private ArxivId(string id, int? version, string? subjectClass)
    {
        Id = id;
        Version = version;
        SubjectClass = subjectClass;
    }

    /// <summary>The id without version, canonical form.</summary>
    public string Id { get; }

    /// <summary>The version written (1 or more), or null when none was.</summary>
    public int? Version { get; }

    /// <summary>For old-style ids written with a subject class (<c>math.GT/…</c>), the class (<c>GT</c>).</summary>
    public string? SubjectClass { get; }

    public bool IsOldStyle => Id.Contains('/', StringComparison.Ordinal);

    /// <summary>The old-style archive (<c>hep-th</c>) or null for new-style ids.</summary>
    public string? Archive => IsOldStyle ? Id[..Id.IndexOf('/', StringComparison.Ordinal)] : null;

    /// <summary>Year and month of submission encoded in the id.</summary>
    public (int Year, int Month) YearMonth
    {
        get
        {
            var digits = IsOldStyle ? Id[(Id.IndexOf('/', StringComparison.Ordinal) + 1)..] : Id;
            var yy = (digits[0] - '0') * 10 + (digits[1] - '0');
            var mm = (digits[2] - '0') * 10 + (digits[3] - '0');
            var year = IsOldStyle ? (yy >= 91 ? 1900 + yy : 2000 + yy) : 2000 + yy;
            return (year, mm);
        }
    }

    /// <summary>The id with its version when one was written: <c>2410.15661v2</c>.</summary>
    public string VersionedId => Version is { } v ? $"{Id}v{v}" : Id;

    public ArxivId WithoutVersion() => Version is null ? this : new ArxivId(Id, null, SubjectClass);

    public ArxivId WithVersion(int? version) => new(Id, version, SubjectClass);

    public override string ToString() => VersionedId;

    /// <summary>Equality is on the id and version; the subject class is only how it was written.</summary>
    public bool Equals(ArxivId? other) => other is not null && Id == other.Id && Version == other.Version;

    public override int GetHashCode() => HashCode.Combine(Id, Version);

    /// <summary>
    /// Parses exactly one identifier with no surrounding text: <c>2410.15661</c>, <c>2410.15661v2</c>,
    /// <c>hep-th/9901001</c>, <c>math.GT/0309136v1</c>. Case-insensitive for the archive, as arXiv is.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ArxivId? id)
    {
        id = null;
        if (string.IsNullOrEmpty(text)) return false;
        return TryParse(text.AsSpan(), out id, out _);
    }

    /// <summary>
    /// Reads an id a person typed (a command argument, a cite key, a catalog lookup): the id with its optional
    /// version, optionally after an <c>arXiv:</c> prefix in any case (blanks allowed after the colon), with blanks
    /// around it and nothing else. Validation is <see cref="TryParse(string?, out ArxivId?)"/>'s.
    /// </summary>
    public static bool TryParseTyped(string? text, [NotNullWhen(true)] out ArxivId? id)
    {
        id = null;
        if (text is null) return false;
        var typed = text.AsSpan().Trim();
        if (typed.StartsWith(TypedPrefix, StringComparison.OrdinalIgnoreCase)) typed = typed[TypedPrefix.Length..].TrimStart();
        return TryParse(typed, out id, out _);
    }

    private const string TypedPrefix = "arXiv:";

    /// <summary>Parses one identifier; on failure <paramref name="problem"/> says why (null when the text is not id-shaped at all).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out ArxivId? id, out string? problem)
    {
        id = null;
        problem = null;
        var versionAt = FindVersionSuffix(text);
        int? version = null;
        var core = text;
        if (versionAt >= 0)
        {
            if (!int.TryParse(text[(versionAt + 1)..], System.Globalization.NumberStyles.None, null, out var v) || v < 1)
            {
                problem = "version must be v1 or later";
                return false;
            }
            version = v;
            core = text[..versionAt];
        }

        var slash = core.IndexOf('/');
        return slash < 0 ? TryParseNewStyle(core, version, out id, out problem) : TryParseOldStyle(core, slash, version, out id, out problem);
    }

    private static int FindVersionSuffix(ReadOnlySpan<char> text)
    {
        for (var i = text.Length - 1; i > 0; i--)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c)) continue;
            return (c is 'v' or 'V') && i < text.Length - 1 ? i : -1;
        }
        return -1;
    }

    private static bool TryParseNewStyle(ReadOnlySpan<char> core, int? version, out ArxivId? id, out string? problem)
    {
        id = null;
        problem = null;
        if (core.Length < 9 || core[4] != '.') return false;
        var yymm = core[..4];
        var number = core[5..];
        if (!IsAllDigits(yymm) || !IsAllDigits(number)) return false;
        var yy = (yymm[0] - '0') * 10 + (yymm[1] - '0');
        var mm = (yymm[2] - '0') * 10 + (yymm[3] - '0');
        if (mm is < 1 or > 12)
        {
            problem = $"month {mm:00} does not exist";
            return false;
        }
        if (yy < 7 || (yy == 7 && mm < 4))
        {
            problem = "new-style ids start in April 2007 (0704)";
            return false;
        }
        var expectedDigits = yy < 15 ? 4 : 5;
        if (number.Length != expectedDigits)
        {
            problem = $"ids from 20{yy:00} have {expectedDigits} digits after the dot, not {number.Length}";
            return false;
        }
        id = new ArxivId(core.ToString(), version, null);
        return true;
    }

    private static bool TryParseOldStyle(ReadOnlySpan<char> core, int slash, int? version, out ArxivId? id, out string? problem)
    {
        id = null;
        problem = null;
        var archivePart = core[..slash];
        var number = core[(slash + 1)..];
        if (number.Length != 7 || !IsAllDigits(number)) return false;
        string? subjectClass = null;
        var dot = archivePart.IndexOf('.');
        if (dot >= 0)
        {
            subjectClass = archivePart[(dot + 1)..].ToString();
            archivePart = archivePart[..dot];
            if (subjectClass.Length == 0) return false;
        }
        var archive = ArxivArchives.Find(archivePart);
        if (archive is null)
        {
            problem = $"'{archivePart.ToString()}' is not an arXiv archive";
            return false;
        }
        var yy = (number[0] - '0') * 10 + (number[1] - '0');
        var mm = (number[2] - '0') * 10 + (number[3] - '0');
        if (mm is < 1 or > 12)
        {
            problem = $"month {mm:00} does not exist";
            return false;
        }
        // Old-style ids ran from 1991-08 to 2007-03.
        var year = yy >= 91 ? 1900 + yy : 2000 + yy;
        if (year > 2007 || (year == 2007 && mm > 3) || (year == 1991 && mm < 8))
        {
            problem = "old-style ids run from 1991-08 to 2007-03";
            return false;
        }
        id = new ArxivId($"{archive}/{number.ToString()}", version, subjectClass);
        return true;
    }

    private static bool IsAllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (!char.IsAsciiDigit(c)) return false;
        return s.Length > 0;
    }
}
