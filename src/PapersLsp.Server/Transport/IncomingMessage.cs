using System.Text.Json;

namespace PapersLsp.Server.Transport;

/// <summary>What the transport needs to know of an incoming message before StreamJsonRpc sees it.</summary>
/// <param name="Method">The method, or null for a response from the client.</param>
/// <param name="RawId">The id exactly as sent (JSON text), or null for a notification.</param>
public sealed record IncomingMessage(string? Method, string? RawId)
{
    public bool IsRequest => Method is not null && RawId is not null;
    public bool IsNotification => Method is not null && RawId is null;

    /// <summary>Reads the top level of a JSON-RPC message; a parse failure or a non-object is reported in <paramref name="error"/>.</summary>
    public static IncomingMessage? TryRead(ReadOnlySpan<byte> body, out (int Code, string Message)? error)
    {
        error = null;
        string? method = null;
        string? rawId = null;
        var hasResult = false;
        var badId = false;
        var badShape = false;
        string? version = null;
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 256 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                error = (-32600, "a message must be a JSON object (batches are not part of LSP)");
                SkipToEnd(ref reader);
                return null;
            }
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "method" when reader.TokenType == JsonTokenType.String:
                        method = reader.GetString();
                        break;
                    case "id" when reader.TokenType == JsonTokenType.String:
                        rawId = MessageId.Of(reader.GetString()!);
                        break;
                    case "id" when reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number):
                        rawId = MessageId.Of(number);
                        break;
                    case "id" when reader.TokenType != JsonTokenType.Null:
                        // An id that is neither an integer nor a string (1.5, true, [1], {…}) would stop StreamJsonRpc's reader for good.
                        badId = true;
                        reader.Skip();
                        break;
                    case "jsonrpc":
                        version = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                        reader.Skip();
                        break;
                    case "result" or "error":
                        // StreamJsonRpc stops reading for good on a response it cannot place, so only well-formed ones pass.
                        badShape |= hasResult || (name == "error" && reader.TokenType != JsonTokenType.StartObject);
                        hasResult = true;
                        reader.Skip();
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
            if (reader.Read()) throw new JsonException("content after the message object");
        }
        catch (JsonException ex)
        {
            error = (-32700, $"parse error: {ex.Message}");
            return null;
        }
        if (badId)
        {
            error = (-32600, "a message id must be an integer or a string");
            return null;
        }
        if (version != "2.0")
        {
            error = (-32600, "a message must say \"jsonrpc\": \"2.0\"");
            return new IncomingMessage(null, method is null ? null : rawId);
        }
        if (badShape)
        {
            error = (-32600, "a response needs exactly one of result and error, and error must be an object");
            return null;
        }
        if (method is null && !hasResult)
        {
            error = (-32600, "a message needs a method, or a result or error");
            return new IncomingMessage(null, rawId);
        }
        return new IncomingMessage(method, rawId);
    }

    private static void SkipToEnd(ref Utf8JsonReader reader)
    {
        try { while (reader.Read()) { } }
        catch (JsonException) { }
    }

    /// <summary>A JSON-RPC error response body.</summary>
    public static byte[] ErrorResponse(string? rawId, int code, string message) =>
        System.Text.Encoding.UTF8.GetBytes(
            $"{{\"jsonrpc\":\"2.0\",\"id\":{rawId ?? "null"},\"error\":{{\"code\":{code},\"message\":{JsonSerializer.Serialize(message)}}}}}");
}
