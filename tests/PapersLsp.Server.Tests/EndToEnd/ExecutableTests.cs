using System.Text;
using Newtonsoft.Json.Linq;
using PapersLsp.Server.Transport;

namespace PapersLsp.Server.Tests.EndToEnd;

/// <summary>The real executable over real stdio.</summary>
public sealed class ExecutableTests
{
    private static byte[] Frame(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        return [.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body];
    }

    [Fact]
    public async Task Serves_a_whole_session_on_stdio_and_stdout_carries_only_protocol()
    {
        var catalog = Path.Combine(Path.GetTempPath(), $"papers-e2e-{Guid.NewGuid():N}.db");
        using var process = ServerExecutable.Start(["--stdio", "--catalog", catalog]);
        var stderr = process.StandardError.ReadToEndAsync();
        var input = process.StandardInput.BaseStream;
        foreach (var message in new[]
        {
            """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}""",
            """{"jsonrpc":"2.0","method":"initialized","params":{}}""",
            """{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///n.md","languageId":"markdown","version":1,"text":"See arXiv:2410.15661."}}}""",
            """{"jsonrpc":"2.0","id":2,"method":"textDocument/documentLink","params":{"textDocument":{"uri":"file:///n.md"}}}""",
            """{"jsonrpc":"2.0","id":3,"method":"shutdown"}""",
            """{"jsonrpc":"2.0","method":"exit"}""",
        })
        {
            await input.WriteAsync(Frame(message));
        }
        await input.FlushAsync();

        var reader = new LspFrameReader(process.StandardOutput.BaseStream);
        var messages = new List<JObject>();
        while (await reader.ReadFrameAsync(CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(1)) is { } body)
            messages.Add(JObject.Parse(Encoding.UTF8.GetString(body))); // throws if stdout had anything but frames
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(0, process.ExitCode);
        var byId = messages.Where(m => m["id"] is not null).ToDictionary(m => (int)m["id"]!);
        Assert.Equal("papers-lsp", (string?)byId[1]["result"]!["serverInfo"]!["name"]);
        var link = byId[2]["result"]!.Single();
        Assert.Equal("https://arxiv.org/abs/2410.15661", (string?)link["target"]);
        Assert.Equal(4, (int)link["range"]!["start"]!["character"]!);
        Assert.Contains("initialized", await stderr, StringComparison.Ordinal);
        File.Delete(catalog);
    }

    [Fact]
    public async Task Exits_when_the_client_disappears()
    {
        using var process = ServerExecutable.Start(["--catalog", Path.Combine(Path.GetTempPath(), $"papers-gone-{Guid.NewGuid():N}.db")]);
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        process.StandardInput.Close();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(1, process.ExitCode); // no shutdown was requested
    }

    [Fact]
    public async Task Version_and_help_print_to_stdout()
    {
        var (code, stdout, _) = await ServerExecutable.RunAsync("version");
        Assert.Equal(0, code);
        Assert.Matches(@"^papers-lsp \d+\.\d+\.\d+", stdout);
        var help = await ServerExecutable.RunAsync("refs", "--help");
        Assert.Equal(0, help.Code);
        Assert.Contains("--json", help.Stdout, StringComparison.Ordinal);
    }
}
