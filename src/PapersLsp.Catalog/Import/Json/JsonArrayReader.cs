using System.Text.Json;

namespace PapersLsp.Catalog.Import.Json;

/// <summary>One element of a JSON array with the 1-based line it starts on, or where the JSON broke.</summary>
public readonly record struct JsonArrayItem(JsonElement Element, int Line, ImportProblem? Problem);

/// <summary>
/// Walks the elements of a JSON export's record array — the root array, or the array under a named root property
/// (Better BibTeX's <c>items</c>) — one element at a time, with line numbers. Elements before a syntax error are
/// still returned; the error becomes a problem with its line.
/// </summary>
public sealed class JsonArrayReader
{
    private readonly byte[] _json;
    private readonly string _file;
    private readonly string? _property;
    private JsonReaderState _state;
    private int _offset;
    private int _line = 1;
    private int _lineCountedTo;
    private bool _inArray;
    private bool _done;

    /// <param name="property">The root object's property holding the array; null for a root array.</param>
    public JsonArrayReader(byte[] json, string file, string? property)
    {
        _json = json;
        _file = file;
        _property = property;
        var start = json.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        _offset = start;
        _lineCountedTo = start;
        _state = new JsonReaderState(new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
    }

    /// <summary>Reads the whole stream (exports are megabytes at most; the multi-gigabyte format is JSON lines).</summary>
    public static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The next element, or null at the end.</summary>
    public JsonArrayItem? Next()
    {
        if (_done) return null;
        try
        {
            var reader = new Utf8JsonReader(_json.AsSpan(_offset), isFinalBlock: true, _state);
            if (!_inArray && !FindArray(ref reader)) return Finish(null);
            if (!reader.Read()) return Finish(Problem(reader, "the JSON ends inside the record array"));
            if (reader.TokenType == JsonTokenType.EndArray) return Finish(null);
            var line = LineAt(_offset + (int)reader.TokenStartIndex);
            var element = JsonElement.ParseValue(ref reader);
            _offset += (int)reader.BytesConsumed;
            _state = reader.CurrentState;
            return new JsonArrayItem(element, line, null);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            // The reader restarts at each element, so its line numbers are relative to the element start.
            return Finish(new ImportProblem(_file, LineAt(_offset) + line - 1, "malformed JSON: " + FirstSentence(e.Message)));
        }
    }

    private bool FindArray(ref Utf8JsonReader reader)
    {
        _inArray = true;
        if (!reader.Read()) throw new JsonException("The file is empty.", null, 0, 0);
        if (_property is null)
        {
            if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("Expected an array of records.", null, 0, 0);
            return Advance(ref reader);
        }
        if (reader.TokenType == JsonTokenType.StartArray) return Advance(ref reader);
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("Expected an object or an array.", null, 0, 0);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isItems = reader.ValueTextEquals(_property);
            reader.Read();
            if (isItems && reader.TokenType == JsonTokenType.StartArray) return Advance(ref reader);
            reader.Skip();
        }
        return false;
    }

    private bool Advance(ref Utf8JsonReader reader)
    {
        _offset += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
        reader = new Utf8JsonReader(_json.AsSpan(_offset), isFinalBlock: true, _state);
        return true;
    }

    private JsonArrayItem? Finish(ImportProblem? problem)
    {
        _done = true;
        return problem is null ? null : new JsonArrayItem(default, problem.Line, problem);
    }

    private ImportProblem Problem(Utf8JsonReader reader, string message) =>
        new(_file, LineAt(_offset + (int)reader.BytesConsumed), message);

    private int LineAt(int offset)
    {
        offset = Math.Min(offset, _json.Length);
        if (offset > _lineCountedTo)
        {
            _line += _json.AsSpan(_lineCountedTo, offset - _lineCountedTo).Count((byte)'\n');
            _lineCountedTo = offset;
        }
        return _line;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
