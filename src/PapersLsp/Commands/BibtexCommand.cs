using System.CommandLine;
using PapersLsp.Core.Catalog;
using PapersLsp.Core.Settings;
using PapersLsp.Features.Bibtex;

namespace PapersLsp.Cli.Commands;

/// <summary><c>papers-lsp bibtex ID... [--style arxiv|biblatex] [--key-format …]</c>: BibTeX entries for catalog papers; <c>-</c> reads ids from stdin.</summary>
public static class BibtexCommand
{
    public static Command Create()
    {
        var ids = new Argument<string[]>("ID") { Description = "arXiv ids (any common form) or catalog keys; '-' reads them from standard input, one per line.", Arity = ArgumentArity.OneOrMore };
        var style = new Option<string>("--style") { Description = "arxiv (arXiv's own export shape) or biblatex.", DefaultValueFactory = _ => "arxiv" };
        style.AcceptOnlyFromAmong("arxiv", "biblatex");
        var keyFormat = new Option<string>("--key-format") { Description = "arxiv, google, better-bibtex or id.", DefaultValueFactory = _ => "google" };
        keyFormat.AcceptOnlyFromAmong("arxiv", "google", "better-bibtex", "id");
        var command = new Command("bibtex", "Print BibTeX entries for papers in the catalog.") { ids, style, keyFormat };
        command.SetAction(parse =>
        {
            using var opened = CatalogOpener.OpenForCli(parse.GetValue(CommonOptions.Catalog));
            var chosenStyle = parse.GetValue(style) == "biblatex" ? BibtexStyle.Biblatex : BibtexStyle.Arxiv;
            var format = parse.GetValue(keyFormat) switch
            {
                "arxiv" => CitationKeyFormat.Arxiv,
                "better-bibtex" => CitationKeyFormat.BetterBibtex,
                "id" => CitationKeyFormat.Id,
                _ => CitationKeyFormat.Google,
            };
            var wanted = parse.GetValue(ids)!.SelectMany(i => i == "-" ? ReadStdin() : [i]).Where(i => i.Length > 0).ToArray();
            var keys = new HashSet<string>(StringComparer.Ordinal);
            var missing = 0;
            var first = true;
            foreach (var text in wanted)
            {
                var paper = opened.Catalog.Find(text);
                if (paper is null)
                {
                    Console.Error.WriteLine($"{text}: not in the catalog");
                    missing++;
                    continue;
                }
                var key = CitationKeyGenerator.MakeUnique(CitationKeyGenerator.Generate(paper, format), keys);
                keys.Add(key);
                if (!first) Console.Out.WriteLine();
                Console.Out.WriteLine(BibtexWriter.Write(paper, chosenStyle, key));
                first = false;
            }
            return missing == 0 ? 0 : 1;
        });
        return command;
    }

    private static IEnumerable<string> ReadStdin()
    {
        while (Console.In.ReadLine() is { } line)
            foreach (var word in line.Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries))
                yield return word;
    }
}
