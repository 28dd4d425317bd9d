namespace PapersLsp.Catalog.Import.HfText;

/// <summary>
/// Reads the plain-text dump of a huggingface.co/papers listing: a page header, then per paper a title line, an
/// abstract line and optionally the card's footer (<c>• N authors</c> or a submitter line, <c>·</c>, a date).
/// Blank lines may or may not separate them. One page's header ends with <c>Subscribe</c> glued to the first title.
/// </summary>
public static class HfTextDump
{
    private static readonly HashSet<string> HeaderLines = new(StringComparer.Ordinal)
    {
        "new",
        "Get trending papers in your email inbox!",
        "Get trending papers in your email inbox once a day!",
        "Subscribe",
        "Daily Papers",
        "byAK and the research community",
    };

    private const string SubscribeButton = "Subscribe";

    /// <summary>The papers of the dump in page order.</summary>
    public static IEnumerable<HfTextPaper> Read(TextReader reader, CancellationToken cancellationToken = default)
    {
        var lines = ContentLines(reader).GetEnumerator();
        var inHeader = true;
        Card? card = null;
        var hasNext = lines.MoveNext();
        while (hasNext)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (text, number) = lines.Current;
            hasNext = lines.MoveNext();
            var nextIsSeparator = hasNext && HfCardLine.IsSeparator(lines.Current.Text);

            if (inHeader)
            {
                if (HeaderLines.Contains(text) || HfCardLine.IsDate(text, out _)) continue;
                inHeader = false;
                if (text.StartsWith(SubscribeButton, StringComparison.Ordinal) && text.Length > SubscribeButton.Length)
                    text = text[SubscribeButton.Length..].Trim();
            }

            if (card is not null && ApplyFooter(card, text, nextIsSeparator)) continue;
            if (card is not null && card.Abstract is null && !card.HasFooter)
            {
                card.Abstract = text;
                continue;
            }
            if (card is not null) yield return card.ToPaper();
            card = new Card(text, number);
        }
        if (card is not null) yield return card.ToPaper();
    }

    private static bool ApplyFooter(Card card, string text, bool nextIsSeparator)
    {
        if (HfCardLine.AuthorCount(text) is { } count)
        {
            card.AuthorCount = count;
            card.HasFooter = true;
            return true;
        }
        if (HfCardLine.IsSeparator(text))
        {
            card.HasFooter = true;
            return true;
        }
        if (card.HasFooter && card.DateText is null && HfCardLine.IsDate(text, out var date))
        {
            card.DateText = text;
            card.Date = date;
            return true;
        }
        // A line right before the separator is the card's submitter (organisation) in place of an author count.
        if (nextIsSeparator && card.Abstract is not null && !card.HasFooter)
        {
            card.Submitter = text;
            card.HasFooter = true;
            return true;
        }
        return false;
    }

    private static IEnumerable<(string Text, int Number)> ContentLines(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var trimmed = line.Trim();
            if (trimmed.Length > 0) yield return (trimmed, number);
        }
    }

    private sealed class Card(string title, int line)
    {
        public string? Abstract { get; set; }

        public int? AuthorCount { get; set; }

        public DateOnly? Date { get; set; }

        public string? DateText { get; set; }

        public string? Submitter { get; set; }

        public bool HasFooter { get; set; }

        public HfTextPaper ToPaper() => new(title, Abstract, AuthorCount, Date, DateText, Submitter, line);
    }
}
