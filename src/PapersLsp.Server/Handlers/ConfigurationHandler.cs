using System.Collections.Immutable;
using Newtonsoft.Json.Linq;
using PapersLsp.Core.Documents;
using PapersLsp.Core.Settings;
using PapersLsp.Server.Configuration;
using PapersLsp.Server.Hosting;
using PapersLsp.Server.Protocol;
using StreamJsonRpc;

namespace PapersLsp.Server.Handlers;

/// <summary>
/// Settings changes: pushed in <c>workspace/didChangeConfiguration</c>, or pulled with
/// <c>workspace/configuration</c> (section <c>papersLsp</c>) when the client supports it.
/// </summary>
public sealed class ConfigurationHandler(ServerContext context)
{
    [JsonRpcMethod("workspace/didChangeConfiguration")]
    public async Task DidChangeConfiguration(DidChangeConfigurationParams request)
    {
        var pushed = request.Settings;
        if (pushed is JObject o && o["papersLsp"] is JObject inner) pushed = inner;
        if (context.Session.SupportsConfigurationPull && (pushed is null || pushed.Type == JTokenType.Null || !pushed.HasValues))
        {
            var pulled = await context.RequestAsync("workspace/configuration",
                new ConfigurationParams([new ConfigurationItem(null, "papersLsp")]), CancellationToken.None).ConfigureAwait(false);
            pushed = (pulled as JArray)?.FirstOrDefault();
        }
        Apply(pushed);
    }

    /// <summary>Replaces the settings and re-parses open documents (recognition depends on some settings).</summary>
    public void Apply(JToken? settingsToken)
    {
        var (settings, problems) = SettingsReader.Read(settingsToken);
        foreach (var problem in problems) context.Log.Warning(problem);
        settings = context.Options.ApplyOverrides(settings);
        context.Workspace.Update("configuration change", s => Reanalyse(s with { Settings = settings }, s.Settings));
    }

    private static WorkspaceSnapshot Reanalyse(WorkspaceSnapshot next, PapersSettings previous)
    {
        if (next.Settings.Citations.ExtraCommands.SequenceEqual(previous.Citations.ExtraCommands)) return next;
        var options = next.AnalysisOptions;
        return next with
        {
            OpenDocuments = next.OpenDocuments.ToImmutableDictionary(kv => kv.Key, kv => kv.Value.WithText(kv.Value.Version, kv.Value.Text, options)),
        };
    }
}
