namespace PapersLsp.Core.Catalog;

/// <summary>The catalog file cannot be used (not a database, damaged, from a newer version); the message names the file and what to do.</summary>
public sealed class CatalogUnavailableException : Exception
{
    public CatalogUnavailableException(string path, string message, Exception? inner = null) : base(message, inner) => Path = path;

    public CatalogUnavailableException() : this("", "The paper catalog is unavailable.") { }

    public CatalogUnavailableException(string message) : this("", message) { }

    public CatalogUnavailableException(string message, Exception inner) : this("", message, inner) { }

    /// <summary>The catalog file concerned.</summary>
    public string Path { get; }

    /// <summary>
    /// Another program has the file to itself for now (a command-line import writing alone): opening again later works.
    /// </summary>
    public bool Busy { get; init; }
}
