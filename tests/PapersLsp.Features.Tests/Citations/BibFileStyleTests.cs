using PapersLsp.Core.Documents;
using PapersLsp.Features.Citations;

namespace PapersLsp.Features.Tests.Citations;

/// <summary>Entries PapersLsp adds to a .bib file take the file's own style.</summary>
public sealed class BibFileStyleTests
{
    private const string Generated = """
        @misc{na2024scalable,
              title={Scalable Data Ablation}, 
              author={Clara Na and Ian Magnusson},
              year={2024},
              eprint={2410.15661},
              archivePrefix={arXiv},
              url={https://arxiv.org/abs/2410.15661}, 
        }
        """;

    private static string Insert(string bibText) =>
        BibtexInsertion.Append(TextDocument.Create("file:///r.bib", 1, bibText, DocumentLanguage.Bibtex), Generated).Text;

    [Fact]
    public void Inspire_style_four_spaces_spaced_equals_and_the_files_field_order()
    {
        var inserted = Insert("""
            @article{Larkoski:2017jix,
                author = "Larkoski, Andrew J.",
                title = "{Jet substructure}",
                eprint = "1709.04464",
                archivePrefix = "arXiv",
                year = "2017"
            }
            """);
        // The file does not end with a line break: one ends its last line, one leaves a blank line.
        Assert.Equal("""


            @misc{na2024scalable,
                author = {Clara Na and Ian Magnusson},
                title = {Scalable Data Ablation},
                eprint = {2410.15661},
                archivePrefix = {arXiv},
                year = {2024},
                url = {https://arxiv.org/abs/2410.15661}
            }

            """.ReplaceLineEndings("\n"), inserted);
    }

    [Fact]
    public void Bibdesk_style_capitalised_names_and_tabs()
    {
        var inserted = Insert("@article{a,\n\tAuthor = {A},\n\tTitle = {T},\n\tYear = 2017,\n}\n");
        Assert.StartsWith("\n@misc{na2024scalable,\n\tAuthor = {Clara Na and Ian Magnusson},\n\tTitle = {Scalable Data Ablation},\n\tYear = {2024},\n\tEprint = {2410.15661},", inserted, StringComparison.Ordinal);
        Assert.EndsWith("\tUrl = {https://arxiv.org/abs/2410.15661},\n}\n", inserted, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_gets_a_plain_two_space_entry_and_crlf_files_keep_crlf()
    {
        Assert.StartsWith("@misc{na2024scalable,\n  title = {Scalable Data Ablation},\n", Insert(""), StringComparison.Ordinal);
        Assert.Contains("\r\n  author = {", Insert("@misc{x,\r\n  title = {X},\r\n  author = {Y},\r\n}\r\n"), StringComparison.Ordinal);
    }
}
