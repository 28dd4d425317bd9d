namespace PapersLsp.Features.Bibtex;

/// <summary>The title words each key format passes over.</summary>
public static class CitationKeyStopWords
{
    /// <summary>
    /// arXiv's list, as its "Export BibTeX citation" uses it (<c>STOPWORDS</c> in browse/formatting/cite.py of
    /// arXiv/arxiv-browse): the Glasgow IR stop list, typos such as "fify" and "thickv" included, compared with the
    /// lower-cased word as split on spaces (punctuation still attached).
    /// </summary>
    public static readonly IReadOnlySet<string> Arxiv = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "about", "above", "across", "after", "afterwards", "again", "against", "all", "almost", "alone",
        "along", "already", "also", "although", "always", "am", "among", "amongst", "amoungst", "amount", "an",
        "and", "another", "any", "anyhow", "anyone", "anything", "anyway", "anywhere", "are", "around", "as", "at",
        "back", "be", "became", "because", "become", "becomes", "becoming", "been", "before", "beforehand", "behind",
        "being", "below", "beside", "besides", "between", "beyond", "bill", "both", "bottom", "but", "by", "call",
        "can", "cannot", "cant", "co", "con", "could", "couldnt", "cry", "de", "describe", "detail", "do", "done",
        "down", "due", "during", "each", "eg", "eight", "either", "eleven", "else", "elsewhere", "empty", "enough",
        "etc", "even", "ever", "every", "everyone", "everything", "everywhere", "except", "few", "fifteen", "fify",
        "fill", "find", "fire", "first", "five", "for", "former", "formerly", "forty", "found", "four", "from",
        "front", "full", "further", "get", "give", "go", "had", "has", "hasnt", "have", "he", "hence", "her", "here",
        "hereafter", "hereby", "herein", "hereupon", "hers", "herself", "him", "himself", "his", "how", "however",
        "hundred", "ie", "if", "in", "inc", "indeed", "interest", "into", "is", "it", "its", "itself", "keep",
        "last", "latter", "latterly", "least", "less", "ltd", "made", "many", "may", "me", "meanwhile", "might",
        "mill", "mine", "more", "moreover", "most", "mostly", "move", "much", "must", "my", "myself", "name",
        "namely", "neither", "never", "nevertheless", "next", "nine", "no", "nobody", "none", "noone", "nor", "not",
        "nothing", "now", "nowhere", "of", "off", "often", "on", "once", "one", "only", "onto", "or", "other",
        "others", "otherwise", "our", "ours", "ourselves", "out", "over", "own", "part", "per", "perhaps", "please",
        "put", "rather", "re", "same", "see", "seem", "seemed", "seeming", "seems", "serious", "several", "she",
        "should", "show", "side", "since", "sincere", "six", "sixty", "so", "some", "somehow", "someone",
        "something", "sometime", "sometimes", "somewhere", "still", "such", "system", "take", "ten", "than", "that",
        "the", "their", "them", "themselves", "then", "thence", "there", "thereafter", "thereby", "therefore",
        "therein", "thereupon", "these", "they", "thickv", "thin", "third", "this", "those", "though", "three",
        "through", "throughout", "thru", "thus", "to", "together", "too", "top", "toward", "towards", "twelve",
        "twenty", "two", "un", "under", "until", "up", "upon", "us", "very", "via", "was", "we", "well", "were",
        "what", "whatever", "when", "whence", "whenever", "where", "whereafter", "whereas", "whereby", "wherein",
        "whereupon", "wherever", "whether", "which", "while", "whither", "who", "whoever", "whole", "whom", "whose",
        "why", "will", "with", "within", "without", "would", "yet", "you", "your", "yours", "yourself", "yourselves",
    };

    /// <summary>Better BibTeX's default <c>skipWords</c> preference (English, German, French, Spanish and Italian function words).</summary>
    public static readonly IReadOnlySet<string> BetterBibtex = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "ab", "aboard", "about", "above", "across", "after", "against", "al", "along", "amid", "among", "an",
        "and", "anti", "around", "as", "at", "before", "behind", "below", "beneath", "beside", "besides", "between",
        "beyond", "but", "by", "d", "da", "das", "de", "degli", "dei", "del", "dell", "della", "delle", "dello",
        "dem", "den", "der", "des", "despite", "die", "do", "down", "du", "during", "ein", "eine", "einem", "einen",
        "einer", "eines", "el", "en", "et", "except", "for", "from", "gli", "i", "il", "in", "inside", "into", "is",
        "l", "la", "las", "le", "les", "like", "lo", "los", "near", "nor", "of", "off", "on", "onto", "or", "over",
        "past", "per", "plus", "round", "save", "since", "so", "some", "sur", "than", "the", "through", "to",
        "toward", "towards", "un", "una", "unas", "under", "underneath", "une", "unlike", "uno", "unos", "until",
        "up", "upon", "versus", "via", "von", "while", "with", "within", "without", "yet", "zu", "zum",
    };

    /// <summary>
    /// Words Google Scholar's keys pass over (<c>pascanu2013difficulty</c> for "On the difficulty of…"): Google does
    /// not publish its rule, so this is the short list of articles, prepositions and question words its keys show.
    /// </summary>
    public static readonly IReadOnlySet<string> Google = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "by", "for", "from", "how", "in", "into", "is", "of", "on", "or", "the",
        "to", "via", "what", "when", "where", "which", "who", "why", "with",
    };
}
