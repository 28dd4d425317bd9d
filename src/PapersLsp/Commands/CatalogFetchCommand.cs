using System.CommandLine;
using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;
using PapersLsp.Online;

namespace PapersLsp.Cli.Commands;

/// <summary>
/// <c>papers-lsp catalog fetch ID...</c> and <c>papers-lsp catalog fetch --query Q --max N</c>: fetch papers from the
/// arXiv API into the catalog, within arXiv's limits (one request every 3 seconds machine-wide, shared with running servers).
/// Prints one line per paper written (<c>added</c> or <c>updated</c>, id, title); problems go to stderr.
/// </summary>
public static class CatalogFetchCommand
{
    public static Command Create()
    {
        var ids = new Argument<string[]>("ID") { Description = "arXiv ids (any form: 2104.12255, arXiv:2104.12255v1, hep-th/9711200).", Arity = ArgumentArity.ZeroOrMore };
        var query = new Option<string?>("--query") { Description = "An arXiv API search_query, for example 'ti:\"attention\" AND cat:cs.CL'.", HelpName = "QUERY" };
        var max = new Option<int>("--max") { Description = "At most this many results of --query (fetched in pages of 100).", DefaultValueFactory = _ => 100, HelpName = "N" };
        var endpoint = new Option<string?>("--arxiv-api") { Description = $"The API endpoint (default {ArxivApiOptions.DefaultEndpoint}); for mirrors and tests.", HelpName = "URL" };
        var contact = new Option<string?>("--contact") { Description = "Your e-mail address or URL, sent in the User-Agent so arXiv can reach you (default: $PAPERS_LSP_CONTACT).", HelpName = "CONTACT" };
        var command = new Command("fetch", "Fetch papers from the arXiv API into the catalog, by id or by search query.") { ids, query, max, endpoint, contact };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = ArxivApiOptions.ForEndpoint(parse.GetValue(endpoint), out var problem);
            if (problem is not null) Console.Error.WriteLine(problem);
            options = options.WithContact(parse.GetValue(contact) ?? Environment.GetEnvironmentVariable("PAPERS_LSP_CONTACT"), out problem);
            if (problem is not null) Console.Error.WriteLine(problem);
            using var catalog = CatalogOpener.OpenForCli(parse.GetValue(CommonOptions.Catalog));
            using var client = new ArxivApiClient(options, log: (_, message) => Console.Error.WriteLine(message));
            return await RunAsync(parse.GetValue(ids) ?? [], parse.GetValue(query), parse.GetValue(max), client, catalog.Catalog, Console.Out, Console.Error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Fetches and stores; exit code 0 when every id was found and every request succeeded, 1 otherwise, 2 on bad usage.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> idTexts, string? query, int max, ArxivApiClient client, IPaperCatalog catalog, TextWriter output, TextWriter errors, CancellationToken cancellationToken = default)
    {
        if (idTexts.Count == 0 && string.IsNullOrWhiteSpace(query))
        {
            errors.WriteLine("catalog fetch: give arXiv ids, or --query");
            return 2;
        }
        if (max < 1)
        {
            errors.WriteLine("catalog fetch: --max must be at least 1");
            return 2;
        }
        var ok = true;
        var ids = new List<ArxivId>();
        foreach (var text in idTexts)
        {
            if (TryRead(text, out var id)) ids.Add(id);
            else
            {
                errors.WriteLine($"{text}: not an arXiv id");
                ok = false;
            }
        }
        var (added, updated) = (0, 0);
        if (ids.Count > 0)
        {
            var lookup = await client.LookupAsync(ids, cancellationToken).ConfigureAwait(false);
            var counts = Store(lookup.Papers, catalog, output);
            (added, updated) = (added + counts.Added, updated + counts.Updated);
            foreach (var missing in lookup.NotFound) errors.WriteLine($"arXiv:{missing.Id}: arXiv has no such paper");
            foreach (var p in lookup.Problems) errors.WriteLine($"lookup failed: {p}");
            ok &= lookup.NotFound.Count == 0 && lookup.Failed.Count == 0;
        }
        if (!string.IsNullOrWhiteSpace(query))
        {
            await foreach (var page in client.SearchAsync(query, max, cancellationToken).ConfigureAwait(false))
            {
                if (page.Problem is not null)
                {
                    errors.WriteLine($"search failed at result {page.Start}: {page.Problem}");
                    ok = false;
                }
                var counts = Store(page.Papers, catalog, output);
                (added, updated) = (added + counts.Added, updated + counts.Updated);
            }
        }
        errors.WriteLine($"catalog fetch: {added} added, {updated} updated");
        return ok ? 0 : 1;
    }

    private static (int Added, int Updated) Store(IReadOnlyList<PaperRecord> papers, IPaperCatalog catalog, TextWriter output)
    {
        if (papers.Count == 0) return (0, 0);
        var known = papers.Select(p => catalog.GetByKey(p.Key) is not null).ToArray();
        catalog.Upsert(papers);
        for (var i = 0; i < papers.Count; i++)
            output.WriteLine($"{(known[i] ? "updated" : "added")}\tarXiv:{papers[i].ArxivId?.VersionedId ?? papers[i].Key}{(papers[i].LatestVersion is { } v ? $"v{v}" : "")}\t{papers[i].Title}");
        return (known.Count(k => !k), known.Count(k => k));
    }

    /// <summary>An id as typed on the command line: bare, with an <c>arXiv:</c> prefix, or an arxiv.org URL — nothing else around it.</summary>
    private static bool TryRead(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ArxivId? id)
    {
        if (ArxivId.TryParseTyped(text, out id)) return true;
        // URLs (https://arxiv.org/abs/…) are pasted from the browser: the recogniser reads those.
        var trimmed = text.Trim();
        var found = new List<ArxivReference>();
        ArxivScanner.Scan(trimmed, 0, trimmed.Length, found);
        id = found is [{ Span: var span } only] && span.Start == 0 && span.Length == trimmed.Length ? only.Id : null;
        return id is not null;
    }
}
