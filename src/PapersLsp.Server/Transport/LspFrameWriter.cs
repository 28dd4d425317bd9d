using System.Text;

namespace PapersLsp.Server.Transport;

/// <summary>Writes whole frames to the client's stream, one at a time, so messages from several writers never interleave.</summary>
public sealed class LspFrameWriter(Stream output) : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private bool _closed;

    /// <summary>
    /// Writes one frame. Cancellation stops only the wait for the writer: once its header is out, the frame is written
    /// whole, because the client cannot read anything after half a frame. Frames written after <see cref="CloseAsync"/>
    /// are dropped.
    /// </summary>
    public async Task WriteFrameAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default)
    {
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_closed) return;
            await output.WriteAsync(header, CancellationToken.None).ConfigureAwait(false);
            await output.WriteAsync(body, CancellationToken.None).ConfigureAwait(false);
            await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Waits for the frame being written, if any, and drops any later one: the session is over.</summary>
    public async Task CloseAsync()
    {
        await _lock.WaitAsync().ConfigureAwait(false);
        _closed = true;
        _lock.Release();
    }

    public void Dispose() => _lock.Dispose();
}
