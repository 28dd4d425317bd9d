using System.Buffers;
using System.Threading.Channels;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace PapersLsp.Server.Transport;

/// <summary>
/// Hands StreamJsonRpc the frames <see cref="LspConnection"/> has already read and checked, and gives each reply
/// to it as whole bytes, together with the message itself, so the connection can tell what a reply answers or asks
/// without reading the bytes again. Messages are deserialized synchronously from the frame's bytes: StreamJsonRpc's own
/// stream path re-frames them and reads strings asynchronously, which cost seconds on a 20 MB didOpen.
/// </summary>
internal sealed class FrameMessageHandler(JsonMessageFormatter formatter, Func<JsonRpcMessage, ReadOnlyMemory<byte>, CancellationToken, ValueTask> send)
    : MessageHandlerBase(formatter)
{
    private readonly Channel<byte[]> _incoming = Channel.CreateUnbounded<byte[]>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });

    public override bool CanRead => true;

    public override bool CanWrite => true;

    /// <summary>A frame for StreamJsonRpc to dispatch.</summary>
    public void Deliver(byte[] body) => _incoming.Writer.TryWrite(body);

    /// <summary>No more frames: StreamJsonRpc sees the end of input.</summary>
    public void Complete() => _incoming.Writer.TryComplete();

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        if (!await _incoming.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false)) return null;
        _incoming.Reader.TryRead(out var body);
        return formatter.Deserialize(new ReadOnlySequence<byte>(body!));
    }

    protected override ValueTask WriteCoreAsync(JsonRpcMessage content, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        formatter.Serialize(buffer, content);
        return send(content, buffer.WrittenMemory, cancellationToken);
    }

    protected override ValueTask FlushAsync(CancellationToken cancellationToken) => default;
}
