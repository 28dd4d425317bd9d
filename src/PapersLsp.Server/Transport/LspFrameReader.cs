using System.Text;

namespace PapersLsp.Server.Transport;

/// <summary>The base-protocol framing is broken (a header we cannot read); the stream cannot be resynchronised.</summary>
public sealed class FramingException(string message) : Exception(message);

/// <summary>Reads LSP base-protocol frames (<c>Content-Length</c> headers, blank line, body) from a stream.</summary>
// The reader buffers a stream it does not own; disposing the buffer would close the caller's stream.
#pragma warning disable CA1001
public sealed class LspFrameReader(Stream input)
#pragma warning restore CA1001
{
    private const int MaxHeaderBytes = 8 * 1024;
    private readonly BufferedStream _input = new(input, 64 * 1024);

    /// <summary>The next frame's body, or null at a clean end of input.</summary>
    public async Task<byte[]?> ReadFrameAsync(CancellationToken cancellationToken)
    {
        long? contentLength = null;
        var sawAnyHeader = false;
        while (true)
        {
            var line = await ReadHeaderLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null)
            {
                if (sawAnyHeader) throw new FramingException("input ended inside a message header");
                return null;
            }
            if (line.Length == 0)
            {
                if (!sawAnyHeader) continue; // tolerate stray blank lines between messages
                break;
            }
            sawAnyHeader = true;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) throw new FramingException($"malformed header line '{Truncate(line)}'");
            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                if (!long.TryParse(value, System.Globalization.NumberStyles.None, null, out var length) || length > int.MaxValue)
                    throw new FramingException($"invalid Content-Length '{Truncate(value)}'");
                contentLength = length;
            }
        }
        if (contentLength is null) throw new FramingException("message without a Content-Length header");

        var body = new byte[contentLength.Value];
        var read = 0;
        while (read < body.Length)
        {
            var n = await _input.ReadAsync(body.AsMemory(read), cancellationToken).ConfigureAwait(false);
            if (n == 0) throw new FramingException($"input ended after {read} of {body.Length} body bytes");
            read += n;
        }
        return body;
    }

    private async Task<string?> ReadHeaderLineAsync(CancellationToken cancellationToken)
    {
        var bytes = new List<byte>(64);
        var one = new byte[1];
        while (true)
        {
            var n = await _input.ReadAsync(one, cancellationToken).ConfigureAwait(false);
            if (n == 0) return bytes.Count == 0 ? null : throw new FramingException("input ended inside a header line");
            if (one[0] == '\n')
            {
                if (bytes.Count > 0 && bytes[^1] == '\r') bytes.RemoveAt(bytes.Count - 1);
                return Encoding.ASCII.GetString(bytes.ToArray());
            }
            bytes.Add(one[0]);
            if (bytes.Count > MaxHeaderBytes) throw new FramingException("header line longer than 8 KiB");
        }
    }

    private static string Truncate(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
