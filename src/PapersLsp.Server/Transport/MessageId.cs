using System.Globalization;
using System.Text.Json;
using StreamJsonRpc;

namespace PapersLsp.Server.Transport;

/// <summary>
/// A message id as JSON text (<c>7</c>, <c>"a"</c>), the key the connection's bookkeeping matches ids by: one spelling
/// whether the id was read from a client's bytes or taken from a message StreamJsonRpc is about to send.
/// </summary>
internal static class MessageId
{
    public static string Of(long number) => number.ToString(CultureInfo.InvariantCulture);

    public static string Of(string text) => JsonSerializer.Serialize(text);

    /// <summary>The id's JSON text, or null for a null or absent id.</summary>
    public static string? Of(RequestId id) =>
        id.Number is { } number ? Of(number) : id.String is { } text ? Of(text) : null;
}
