using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace PapersLsp.Server.Transport;

/// <summary>
/// The protocol's JSON conventions — camelCase members (names set explicitly are kept), nulls omitted — shared by the
/// connection's formatter and by code that shapes a message as JSON before sending it.
/// </summary>
internal static class LspJson
{
    public static void Configure(JsonSerializer serializer)
    {
        serializer.ContractResolver = new DefaultContractResolver
        {
            NamingStrategy = new CamelCaseNamingStrategy { ProcessDictionaryKeys = false, OverrideSpecifiedNames = false },
        };
        serializer.NullValueHandling = NullValueHandling.Ignore;
    }

    /// <summary>A serializer configured as the connection's formatter is (safe to share: it is not changed after creation).</summary>
    public static JsonSerializer Serializer { get; } = Create();

    private static JsonSerializer Create()
    {
        var serializer = new JsonSerializer();
        Configure(serializer);
        return serializer;
    }
}
