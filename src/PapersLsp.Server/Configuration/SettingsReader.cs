using Newtonsoft.Json.Linq;
using PapersLsp.Core.Settings;

namespace PapersLsp.Server.Configuration;

/// <summary>
/// Reads the <c>papersLsp</c> settings object (VS Code settings without the prefix, nested at the dots) into
/// <see cref="PapersSettings"/>. Unknown keys are ignored; a value of the wrong type is reported in
/// <see cref="Problems"/> and replaced by its default. Flat dotted keys (<c>"catalog.path"</c>) are accepted too.
/// </summary>
public sealed class SettingsReader
{
    private readonly JObject _root;
    private readonly List<string> _problems = [];

    private SettingsReader(JObject root) => _root = root;

    public IReadOnlyList<string> Problems => _problems;

    public static (PapersSettings Settings, IReadOnlyList<string> Problems) Read(JToken? token)
    {
        if (token is JObject wrapped && wrapped["papersLsp"] is JObject inner) token = inner;
        if (token is null || token.Type == JTokenType.Null) return (PapersSettings.Default, []);
        if (token is not JObject obj) return (PapersSettings.Default, [$"settings must be an object, not {token.Type}"]);
        var reader = new SettingsReader(obj);
        return (reader.ReadAll(), reader.Problems);
    }

    private PapersSettings ReadAll()
    {
        var d = PapersSettings.Default;
        return new PapersSettings
        {
            Catalog = new CatalogSettings
            {
                Path = String("catalog.path", d.Catalog.Path),
                Sources = Strings("catalog.sources", d.Catalog.Sources),
            },
            Bibtex = new BibtexSettings
            {
                Style = Enum("bibtex.style", d.Bibtex.Style),
                KeyFormat = Enum("bibtex.keyFormat", d.Bibtex.KeyFormat),
                GlobalBibliographies = Strings("bibtex.globalBibliographies", d.Bibtex.GlobalBibliographies),
            },
            Markdown = new MarkdownSettings { InsertFormat = Enum("markdown.insertFormat", d.Markdown.InsertFormat) },
            InlayHints = new InlayHintSettings
            {
                Enabled = Bool("inlayHints.enabled", d.InlayHints.Enabled),
                MaxLength = Int("inlayHints.maxLength", d.InlayHints.MaxLength, min: 8, max: 500),
            },
            Online = new OnlineSettings
            {
                Enabled = Bool("online.enabled", d.Online.Enabled),
                ArxivApi = String("online.arxivApi", d.Online.ArxivApi) ?? d.Online.ArxivApi,
                Contact = String("online.contact", d.Online.Contact) ?? d.Online.Contact,
            },
            Citations = new CitationSettings { ExtraCommands = Strings("citations.extraCommands", d.Citations.ExtraCommands) },
            Diagnostics = new DiagnosticSettings
            {
                Enabled = Bool("diagnostics.enabled", d.Diagnostics.Enabled),
                UnusedEntries = Enum("diagnostics.unusedEntries", d.Diagnostics.UnusedEntries),
            },
        };
    }

    private JToken? Find(string dotted)
    {
        if (_root[dotted] is { } flat) return flat;
        JToken? node = _root;
        foreach (var part in dotted.Split('.'))
        {
            node = (node as JObject)?[part];
            if (node is null) return null;
        }
        return node;
    }

    private string? String(string key, string? fallback)
    {
        var t = Find(key);
        if (t is null || t.Type == JTokenType.Null) return fallback;
        if (t.Type == JTokenType.String) return string.IsNullOrWhiteSpace((string?)t) ? fallback : (string?)t;
        return Wrong(key, "a string", t, fallback);
    }

    private bool Bool(string key, bool fallback)
    {
        var t = Find(key);
        if (t is null || t.Type == JTokenType.Null) return fallback;
        return t.Type == JTokenType.Boolean ? (bool)t : Wrong(key, "true or false", t, fallback);
    }

    private int Int(string key, int fallback, int min, int max)
    {
        var t = Find(key);
        if (t is null || t.Type == JTokenType.Null) return fallback;
        if (t.Type is JTokenType.Integer or JTokenType.Float)
        {
            var value = (double)t;
            if (value >= min && value <= max) return (int)value;
            return Wrong(key, $"a number from {min} to {max}", t, fallback);
        }
        return Wrong(key, "a number", t, fallback);
    }

    private IReadOnlyList<string> Strings(string key, IReadOnlyList<string> fallback)
    {
        var t = Find(key);
        if (t is null || t.Type == JTokenType.Null) return fallback;
        if (t is JArray array && array.All(x => x.Type == JTokenType.String))
            return array.Select(x => (string)x!).Where(s => !string.IsNullOrWhiteSpace(s)).ToArray();
        return Wrong(key, "a list of strings", t, fallback);
    }

    private TEnum Enum<TEnum>(string key, TEnum fallback) where TEnum : struct, Enum
    {
        var t = Find(key);
        if (t is null || t.Type == JTokenType.Null) return fallback;
        if (t.Type == JTokenType.String)
        {
            var text = ((string)t!).Replace("-", "", StringComparison.Ordinal);
            foreach (var value in System.Enum.GetValues<TEnum>())
                if (string.Equals(value.ToString(), text, StringComparison.OrdinalIgnoreCase)) return value;
        }
        var names = string.Join(", ", System.Enum.GetNames<TEnum>().Select(n => $"\"{char.ToLowerInvariant(n[0])}{n[1..]}\""));
        return Wrong(key, $"one of {names}", t, fallback);
    }

    private T Wrong<T>(string key, string expected, JToken actual, T fallback)
    {
        _problems.Add($"setting papersLsp.{key} should be {expected}, not {Describe(actual)}; using the default");
        return fallback;
    }

    private static string Describe(JToken t)
    {
        var text = t.ToString(Newtonsoft.Json.Formatting.None);
        return text.Length > 60 ? text[..60] + "…" : text;
    }
}
