namespace PapersLsp.Online;

/// <summary>How the arXiv API client behaves: where it asks, how politely, how persistently.</summary>
public sealed record ArxivApiOptions
{
    public const string DefaultEndpoint = "https://export.arxiv.org/api/query";

    /// <summary>The API's query URL (<c>papersLsp.online.arxivApi</c>); a mirror or a test server.</summary>
    public Uri Endpoint { get; init; } = new(DefaultEndpoint);

    /// <summary>Names the tool and its version, and the user's contact when they gave one (see <see cref="WithContact"/>).</summary>
    public string UserAgent { get; init; } = $"papers-lsp/{Version} (arXiv reference language server)";

    /// <summary>arXiv's terms: no more than one request every three seconds.</summary>
    public TimeSpan RequestSpacing { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How long one request may take before it counts as a timeout (and is retried).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts per request, the first included, for transient failures (timeouts, resets, 5xx, damaged bodies).</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>The first backoff; each retry doubles it, up to <see cref="MaxBackoff"/>, with up to 50% random jitter added.</summary>
    public TimeSpan BaseBackoff { get; init; } = TimeSpan.FromSeconds(3);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Retry-After values above this are capped, so one bad header cannot park lookups for a day.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Ids the API does not know are not asked for again before this has passed.</summary>
    public TimeSpan NotFoundRetention { get; init; } = TimeSpan.FromDays(1);

    /// <summary>The arXiv API accepts long id lists, but the project keeps batches at 100 ids per request.</summary>
    public int MaxIdsPerRequest { get; init; } = 100;

    /// <summary>Largest page for <c>search_query</c> paging.</summary>
    public int MaxResultsPerPage { get; init; } = 100;

    /// <summary>Where the machine-wide request lock and the not-found list live (see <see cref="OnlineState"/>).</summary>
    public string StateDirectory { get; init; } = Core.Catalog.CatalogLocation.DataDirectory();

    /// <summary>
    /// These options with the user's contact (<c>online.contact</c>: an e-mail address or a URL) in the User-Agent, so
    /// arXiv's operators can reach whoever runs the lookups instead of blocking them; anything else is ignored.
    /// </summary>
    public ArxivApiOptions WithContact(string? contact, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(contact)) return this;
        contact = contact.Trim();
        var isUrl = Uri.TryCreate(contact, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
        var isMail = !isUrl && contact.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < contact.Length - 1
            && contact.All(c => c > ' ' && c < '\u007f' && c is not ('(' or ')' or '<' or '>' or ';' or ','));
        if (!isUrl && !isMail)
        {
            problem = $"online.contact '{contact}' is neither an e-mail address nor an http(s) URL; it is not sent";
            return this;
        }
        return this with { UserAgent = $"papers-lsp/{Version} (arXiv reference language server; {(isUrl ? "+" + uri!.AbsoluteUri : "mailto:" + contact)})" };
    }

    private static string Version => typeof(ArxivApiOptions).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>Options for an endpoint from the settings; an unusable URL falls back to the public API.</summary>
    public static ArxivApiOptions ForEndpoint(string? endpoint, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(endpoint)) return new ArxivApiOptions();
        if (Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            return new ArxivApiOptions { Endpoint = uri };
        problem = $"online.arxivApi '{endpoint}' is not an http(s) URL; using {DefaultEndpoint}";
        return new ArxivApiOptions();
    }
}
