using System.CommandLine;
using System.Text.Json;
using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;
using PapersLsp.Features.Catalog;

namespace PapersLsp.Cli.Commands;

/// <summary><c>papers-lsp catalog …</c>: import into, search, show, count and prune the paper catalog.</summary>
public static class CatalogCommand
{
    public static Command Create(params Command[] more)
    {
        var command = new Command("catalog", "Work with the paper catalog (an SQLite file; see --catalog).");
        command.Subcommands.Add(CatalogImportCommand.Create());
        command.Subcommands.Add(Search());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Stats());
        command.Subcommands.Add(Remove());
        foreach (var c in more) command.Subcommands.Add(c);
        return command;
    }

    private static Option<bool> Json() => new("--json") { Description = "Print JSON." };

    private static Command Search()
    {
        var query = new Argument<string[]>("QUERY") { Description = "Words of the title, author names, an id or a year.", Arity = ArgumentArity.OneOrMore };
        var limit = new Option<int>("--limit") { Description = "How many papers at most.", DefaultValueFactory = _ => 20 };
        var json = Json();
        var command = new Command("search", "Search the catalog by title, author, id or year.") { query, limit, json };
        command.SetAction(parse =>
        {
            using var opened = CatalogOpener.OpenForCli(parse.GetValue(CommonOptions.Catalog));
            var matches = opened.Catalog.Search(string.Join(' ', parse.GetValue(query)!), Math.Clamp(parse.GetValue(limit), 1, 1000));
            foreach (var match in matches)
            {
                var p = PaperSummary.From(match.Paper, withAbstract: false);
                Console.Out.WriteLine(parse.GetValue(json)
                    ? JsonSerializer.Serialize(p, JsonOutput.Options)
                    : $"{p.Id ?? "(no id)",-16} {p.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "    "}  {p.Title}{(p.Authors.Count > 0 ? "  — " + p.Authors[0] + (p.Authors.Count > 1 ? " et al." : "") : "")}");
            }
            if (matches.Count == 0) Console.Error.WriteLine("no papers match");
            return matches.Count == 0 ? 1 : 0;
        });
        return command;
    }

    private static Command Show()
    {
        var id = new Argument<string>("ID") { Description = "An arXiv id (any common form) or a catalog key." };
        var json = Json();
        var command = new Command("show", "Show one paper with all its fields and sources.") { id, json };
        command.SetAction(parse =>
        {
            using var opened = CatalogOpener.OpenForCli(parse.GetValue(CommonOptions.Catalog));
            var text = parse.GetValue(id)!.Trim();
            var paper = opened.Catalog.Find(text);
            if (paper is null)
            {
                Console.Error.WriteLine($"{text}: not in the catalog");
                return 1;
            }
            if (parse.GetValue(json)) Console.Out.WriteLine(JsonSerializer.Serialize(paper, JsonOutput.Options));
            else PrintPaper(paper);
            return 0;
        });
        return command;
    }

    private static Command Stats()
    {
        var json = Json();
        var command = new Command("stats", "Count the papers in the catalog, by source.") { json };
        command.SetAction(parse =>
        {
            using var opened = CatalogOpener.OpenForCli(parse.GetValue(CommonOptions.Catalog));
            var stats = opened.Catalog.GetStats();
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(stats, JsonOutput.Options));
                return 0;
            }
            Console.Out.WriteLine($"catalog:        {stats.Location}");
            Console.Out.WriteLine($"papers:         {stats.Papers}");
            Console.Out.WriteLine($"with arXiv id:  {stats.WithArxivId}");
            Console.Out.WriteLine($"with abstract:  {stats.WithAbstract}");
            foreach (var (source, count) in stats.BySource.OrderByDescending(kv => kv.Value))
                Console.Out.WriteLine($"  from {source,-12} {count}");
            return 0;
        });
        return command;
    }

    private static Command Remove()
    {
        var source = new Option<string>("--source") { Description = "The source to remove (as `catalog stats` lists them: seed, atom, kaggle, bibtex, …).", Required = true };
        var command = new Command("remove", "Remove what one source contributed; papers no other source has go.") { source };
        command.SetAction(parse =>
        {
            using var opened = CatalogOpener.OpenForCli(parse.GetValue(CommonOptions.Catalog));
            var removed = opened.Catalog.RemoveSource(parse.GetValue(source)!);
            Console.Out.WriteLine($"removed {removed} paper{(removed == 1 ? "" : "s")}");
            return 0;
        });
        return command;
    }

    private static void PrintPaper(PaperRecord p)
    {
        var o = Console.Out;
        o.WriteLine(p.Title);
        if (p.Authors.Count > 0) o.WriteLine($"  authors:    {string.Join(", ", p.Authors.Select(a => a.Name))}");
        else if (p.AuthorCount is { } n) o.WriteLine($"  authors:    {n} (names unknown)");
        o.WriteLine($"  key:        {p.Key}");
        if (p.ArxivId is { } id) o.WriteLine($"  arXiv:      {id.Id}{(p.LatestVersion is { } v ? $" (latest v{v})" : "")}  https://arxiv.org/abs/{id.Id}");
        if (p.Published is { } pub) o.WriteLine($"  submitted:  {pub:yyyy-MM-dd}{(p.Updated is { } up && up != pub ? $", updated {up:yyyy-MM-dd}" : "")}");
        if (p.PrimaryCategory is not null || p.Categories.Count > 0) o.WriteLine($"  categories: {string.Join(" ", p.Categories.Count > 0 ? p.Categories : [p.PrimaryCategory!])}");
        if (p.Doi is not null) o.WriteLine($"  doi:        {p.Doi}");
        if (p.JournalRef is not null) o.WriteLine($"  journal:    {p.JournalRef}");
        foreach (var s in p.Sources) o.WriteLine($"  source:     {s.Name}{(s.File is null ? "" : " " + s.File)} ({s.ImportedAt:yyyy-MM-dd HH:mm})");
        if (!string.IsNullOrWhiteSpace(p.Abstract)) { o.WriteLine(); o.WriteLine(p.Abstract.Trim()); }
    }
}
