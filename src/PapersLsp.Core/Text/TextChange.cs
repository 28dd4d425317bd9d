namespace PapersLsp.Core.Text;

/// <summary>A replacement of a range (null: the whole text) by new text, as a client sends it.</summary>
public readonly record struct TextChange(LineRange? Range, string NewText)
{
    /// <summary>
    /// Applies changes in order, each against the text the previous one produced (LSP's rule for
    /// <c>contentChanges</c>). Out-of-range positions clamp to the document, as LSP asks.
    /// </summary>
    public static string ApplyAll(string text, IEnumerable<TextChange> changes)
    {
        foreach (var change in changes)
        {
            if (change.Range is not { } range)
            {
                text = change.NewText;
                continue;
            }
            var span = new LineIndex(text).GetSpan(range);
            text = string.Concat(text.AsSpan(0, span.Start), change.NewText, text.AsSpan(span.End));
        }
        return text;
    }
}
