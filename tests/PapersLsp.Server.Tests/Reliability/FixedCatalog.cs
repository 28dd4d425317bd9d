using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Server.Tests.Reliability;

/// <summary>A catalog of one known paper, so the checks after an abuse run have something real to hover.</summary>
public static class FixedCatalog
{
    /// <summary>The catalog holding only "Attention Is All You Need" (1706.03762); small, so memory checks measure the server.</summary>
    public static InMemoryPaperCatalog Attention()
    {
        Assert.True(ArxivId.TryParse("1706.03762", out var id));
        return new InMemoryPaperCatalog([new PaperRecord { Key = id.Id, ArxivId = id, Title = "Attention Is All You Need", Authors = [new PaperAuthor("Ashish Vaswani")] }]);
    }
}
