using System.Text;
using PapersLsp.Server.Transport;

namespace PapersLsp.Server.Tests.Protocol;

/// <summary>A frame is written whole or not at all: the client cannot read anything after half a frame.</summary>
public sealed class FrameWriterTests
{
    /// <summary>Cancels the writer's token as soon as the header has been written.</summary>
    private sealed class CancellingStream(CancellationTokenSource cancel) : MemoryStream
    {
        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await base.WriteAsync(buffer, cancellationToken);
            await cancel.CancelAsync();
        }
    }

    [Fact]
    public async Task Cancelling_after_the_header_still_writes_the_body()
    {
        using var cancel = new CancellationTokenSource();
        using var output = new CancellingStream(cancel);
        using var writer = new LspFrameWriter(output);

        await writer.WriteFrameAsync(Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","method":"x"}"""), cancel.Token);

        Assert.Equal("Content-Length: 30\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"x\"}", Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public async Task Frames_after_closing_are_dropped_and_earlier_ones_are_whole()
    {
        using var output = new MemoryStream();
        using var writer = new LspFrameWriter(output);
        await writer.WriteFrameAsync("{}"u8.ToArray());
        await writer.CloseAsync();
        await writer.WriteFrameAsync("{\"late\":1}"u8.ToArray());

        Assert.Equal("Content-Length: 2\r\n\r\n{}", Encoding.UTF8.GetString(output.ToArray()));
    }
}
