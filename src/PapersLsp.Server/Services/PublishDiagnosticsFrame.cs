using System.Text;
using Newtonsoft.Json;
using PapersLsp.Server.Protocol;
using PapersLsp.Server.Transport;

namespace PapersLsp.Server.Services;

/// <summary>
/// A <c>textDocument/publishDiagnostics</c> notification serialized once, straight to the bytes of its frame body,
/// with the bytes of its diagnostics array kept for comparing with what the client already shows. A long note has
/// thousands of diagnostics: serializing them again through JSON trees (for a fingerprint, then for sending) cost
/// several times more than computing them.
/// </summary>
internal sealed class PublishDiagnosticsFrame
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private PublishDiagnosticsFrame(ReadOnlyMemory<byte> body, ReadOnlyMemory<byte> diagnostics, int count)
    {
        Body = body;
        Diagnostics = diagnostics;
        Count = count;
    }

    /// <summary>The whole JSON-RPC message.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>The JSON of the diagnostics array alone (a slice of <see cref="Body"/>).</summary>
    public ReadOnlyMemory<byte> Diagnostics { get; }

    public int Count { get; }

    public bool ShowsTheSameAs(PublishDiagnosticsFrame? other) => other is not null && Diagnostics.Span.SequenceEqual(other.Diagnostics.Span);

    public static PublishDiagnosticsFrame Create(PublishDiagnosticsParams message)
    {
        var buffer = new MemoryStream();
        long start, end;
        using (var text = new StreamWriter(buffer, Utf8, bufferSize: 16 * 1024, leaveOpen: true))
        using (var json = new JsonTextWriter(text) { Formatting = Formatting.None })
        {
            json.WriteStartObject();
            json.WritePropertyName("jsonrpc");
            json.WriteValue("2.0");
            json.WritePropertyName("method");
            json.WriteValue("textDocument/publishDiagnostics");
            json.WritePropertyName("params");
            json.WriteStartObject();
            json.WritePropertyName("uri");
            json.WriteValue(message.Uri);
            if (message.Version is { } version)
            {
                json.WritePropertyName("version");
                json.WriteValue(version);
            }
            json.WritePropertyName("diagnostics");
            json.Flush();
            start = buffer.Position;
            LspJson.Serializer.Serialize(json, message.Diagnostics);
            json.Flush();
            end = buffer.Position;
            json.WriteEndObject();
            json.WriteEndObject();
        }
        var body = new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
        return new PublishDiagnosticsFrame(body, body[(int)start..(int)end], message.Diagnostics.Count);
    }
}
