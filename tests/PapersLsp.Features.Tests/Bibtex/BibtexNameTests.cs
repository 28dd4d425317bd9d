using PapersLsp.Core.Catalog;
using PapersLsp.Features.Bibtex;

namespace PapersLsp.Features.Tests.Bibtex;

public class BibtexNameTests
{
    [Theory]
    [InlineData("Ashish Vaswani", "Vaswani, Ashish")]
    [InlineData("Laurens van der Maaten", "van der Maaten, Laurens")]
    [InlineData("Maria de la Cruz", "de la Cruz, Maria")]
    [InlineData("Ludwig von Mises", "von Mises, Ludwig")]
    [InlineData("Martin Luther King Jr.", "King, Jr., Martin Luther")]
    [InlineData("John Smith III", "Smith, III, John")]
    [InlineData("L.Pan", "Pan, L.")]
    [InlineData("Vaswani, Ashish", "Vaswani, Ashish")]
    [InlineData("Mario Döbler", "Döbler, Mario")]
    [InlineData("Gemini Team", "{Gemini Team}")]
    [InlineData("OpenAI", "{OpenAI}")]
    [InlineData("Johnson & Johnson Research", @"{Johnson \& Johnson Research}")]
    [InlineData("Daniel D'souza", "D'souza, Daniel")]
    public void Writes_names_as_BibTeX_reads_them(string name, string expected) =>
        Assert.Equal(expected, BibtexName.From(new PaperAuthor(name)).ToBibtex());

    [Fact]
    public void Uses_the_sources_own_split_when_it_has_one()
    {
        var author = new PaperAuthor("Troels F. Rønnow", Given: "Troels F.", Family: "Rønnow");
        var withSuffix = new PaperAuthor("Sammy Davis Jr.", Given: "Sammy", Family: "Davis", Suffix: "Jr.");

        Assert.Equal("Rønnow, Troels F.", BibtexName.From(author).ToBibtex());
        Assert.Equal("Davis, Jr., Sammy", BibtexName.From(withSuffix).ToBibtex());
    }

    [Theory]
    [InlineData("Laurens van der Maaten", "van der Maaten", "Laurens", "")]
    [InlineData("Martin Luther King Jr.", "King", "Martin Luther", "Jr.")]
    [InlineData("Ian Mac Donald", "Mac Donald", "Ian", "")]
    [InlineData("Madonna", "Madonna", "", "")]
    [InlineData("  Aidan   N.Gomez ", "Gomez", "Aidan N.", "")]
    public void Splits_names_as_arXiv_does(string name, string keyName, string first, string suffix)
    {
        var split = ArxivAuthorName.Parse(name);

        Assert.Equal((keyName, first, suffix), (split.KeyName, split.FirstNames, split.Suffix));
    }
}
