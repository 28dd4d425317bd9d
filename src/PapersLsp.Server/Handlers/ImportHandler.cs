using Newtonsoft.Json.Linq;
using PapersLsp.Catalog.Import;
using PapersLsp.Core.Catalog;
using PapersLsp.Server.Hosting;
using PapersLsp.Server.Services;
using StreamJsonRpc;

namespace PapersLsp.Server.Handlers;

/// <summary><c>papers/import</c>: imports files into the catalog in one transaction, with <c>$/progress</c>; cancelling leaves the catalog as it was.</summary>
public sealed class ImportHandler(ServerContext context)
{
    public sealed record ImportParams(IReadOnlyList<string> Paths, string? Format, JToken? WorkDoneToken);

    public sealed record ImportResult(int Added, int Updated, int Unchanged, int Skipped, IReadOnlyList<string> Problems);

    [JsonRpcMethod("papers/import")]
    public async Task<ImportResult> Import(ImportParams request, CancellationToken cancellationToken)
    {
        if (request.Paths is not { Count: > 0 }) throw new LocalRpcException("papers/import needs paths") { ErrorCode = -32602 };
        CatalogFormat? format = null;
        if (request.Format is { } name && name != "auto")
            format = CatalogImporters.FromCliName(name) ?? throw new LocalRpcException($"unknown format '{name}'") { ErrorCode = -32602 };
        var catalog = await context.Catalog.WaitAsync(cancellationToken).ConfigureAwait(false);
        var progress = WorkDoneProgress.ForRequest(context, request.WorkDoneToken);
        await progress.BeginAsync("Importing papers", cancellable: true).ConfigureAwait(false);
        var problems = new List<ImportProblem>();
        var imports = new List<CatalogFileImport>();
        try
        {
            foreach (var path in request.Paths)
            {
                if (CatalogFileImport.Open(path, format, out var problem) is { } import) imports.Add(import);
                else problems.Add(problem!);
            }
            var counted = 0;
            IEnumerable<PaperRecord> Papers()
            {
                foreach (var import in imports)
                    foreach (var item in import.Read(cancellationToken))
                    {
                        if (item.Problem is { } p) { problems.Add(p); continue; }
                        counted++;
                        var percent = import.Length > 0 ? (int)(100 * import.Position / import.Length) : (int?)null;
                        _ = progress.ReportAsync($"{Path.GetFileName(import.Origin.File)}: {counted:N0} papers", percent);
                        yield return item.Paper!;
                    }
            }
            var result = await Task.Run(() => catalog.Upsert(Papers(), cancellationToken), cancellationToken).ConfigureAwait(false);
            var summary = $"{result.Added} added, {result.Updated} updated, {problems.Count} skipped";
            await progress.EndAsync(summary).ConfigureAwait(false);
            context.Log.Info($"import of {string.Join(", ", request.Paths)}: {summary}");
            return new ImportResult(result.Added, result.Updated, result.Unchanged, problems.Count, problems.Take(20).Select(p => p.ToString()).ToArray());
        }
        catch (OperationCanceledException)
        {
            await progress.EndAsync("cancelled: the catalog is unchanged").ConfigureAwait(false);
            throw;
        }
        finally
        {
            foreach (var import in imports) import.Dispose();
        }
    }
}
