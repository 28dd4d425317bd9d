using Newtonsoft.Json.Linq;
using PapersLsp.Core.Text;

namespace PapersLsp.Server.Hosting;

/// <summary>What the client told us at <c>initialize</c>: its capabilities, encoding and name.</summary>
public sealed class ServerSession
{
    public JObject ClientCapabilities { get; private set; } = new();

    public PositionEncoding Encoding { get; private set; } = PositionEncoding.Utf16;

    public string ClientName { get; private set; } = "unknown client";

    public void Initialize(JObject? capabilities, string? clientName)
    {
        ClientCapabilities = capabilities ?? new JObject();
        ClientName = clientName ?? "unknown client";
        // The rule: UTF-16 unless the client offers UTF-8, which then is used (it is what editors like Neovim prefer).
        if (ClientCapabilities.SelectToken("general.positionEncodings") is JArray offered && offered.Any(t => (string?)t == "utf-8"))
            Encoding = PositionEncoding.Utf8;
    }

    /// <summary>True when the capability at this dotted path is <c>true</c>.</summary>
    public bool Supports(string path) => ClientCapabilities.SelectToken(path) is JValue { Type: JTokenType.Boolean } v && (bool)v.Value!;

    public bool SupportsWorkDoneProgress => Supports("window.workDoneProgress");

    public bool SupportsConfigurationPull => Supports("workspace.configuration");
}
