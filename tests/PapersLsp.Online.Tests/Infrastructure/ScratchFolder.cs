namespace PapersLsp.Online.Tests.Infrastructure;

/// <summary>A temporary folder for the request lock and the not-found list, deleted afterwards.</summary>
public sealed class ScratchFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("papers-lsp-online-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
