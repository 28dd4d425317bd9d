namespace PapersLsp.Catalog.Import.HfText;

/// <summary>One paper of a Hugging Face listing dump, as the page showed it.</summary>
/// <param name="Line">1-based line of the title.</param>
/// <param name="DateText">The date line as written (<c>Jun 2, 2023</c>, <c>May 28</c>); <see cref="Date"/> only when it has a year.</param>
/// <param name="Submitter">The organisation/submitter line some cards show instead of an author count (<c>google Google</c>).</param>
public sealed record HfTextPaper(string Title, string? Abstract, int? AuthorCount, DateOnly? Date, string? DateText, string? Submitter, int Line);
