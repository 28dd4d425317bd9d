using System.Text;

namespace PapersLsp.Catalog.Sqlite;

/// <summary>
/// Statement values with their text already in UTF-8 (SQLite's storage encoding) in one buffer. Encoding is done where
/// the row is prepared; the writing thread hands the bytes to SQLite as they are (SQLite's own UTF-16 conversion is
/// a byte-at-a-time loop and was the writer's second-largest cost in a big import).
/// </summary>
internal sealed class EncodedRow
{
    private readonly byte[] _text;
    private readonly Value[] _values;

    private readonly record struct Value(bool IsNull, bool IsText, long Number, int Start, int Length);

    public EncodedRow(ReadOnlySpan<object?> values)
    {
        var size = 0;
        foreach (var value in values)
            if (value is string text) size += Encoding.UTF8.GetByteCount(text);
        _text = size == 0 ? [] : new byte[size];
        _values = new Value[values.Length];
        var at = 0;
        for (var i = 0; i < values.Length; i++)
        {
            _values[i] = values[i] switch
            {
                null => new Value(true, false, 0, 0, 0),
                string text => new Value(false, true, 0, at, Encoding.UTF8.GetBytes(text, _text.AsSpan(at))),
                int number => new Value(false, false, number, 0, 0),
                long number => new Value(false, false, number, 0, 0),
                var other => throw new ArgumentException($"A catalog column holds text or integers, not {other.GetType().Name}.", nameof(values)),
            };
            if (_values[i].IsText) at += _values[i].Length;
        }
    }

    /// <summary>Binds the values to parameters <paramref name="first"/>, <paramref name="first"/> + 1, …</summary>
    public NativeStatement BindTo(NativeStatement statement, int first = 0)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            var value = _values[i];
            if (value.IsNull) statement.Bind(first + i, (string?)null);
            else if (value.IsText) statement.BindUtf8(first + i, _text.AsSpan(value.Start, value.Length));
            else statement.Bind(first + i, value.Number);
        }
        return statement;
    }
}
