using PapersLsp.Core.Settings;

namespace PapersLsp.Core.Tests.Settings;

public sealed class UserPathTests
{
    private const string Home = "/home/ada";
    private const string Workspace = "/ws";

    private static readonly Dictionary<string, string> Environment = new(StringComparer.Ordinal)
    {
        ["PAPERS"] = "/data/papers",
        ["SLASHED"] = "/data/papers/",
        ["SUB"] = "papers",
        ["EMPTY"] = "",
        ["NESTED"] = "$PAPERS",
        ["TILDE"] = "~/x",
    };

    private static string? Expand(string path, string? baseDirectory = Workspace, string? home = Home) =>
        UserPath.Expand(path, baseDirectory, name => Environment.GetValueOrDefault(name), home);

    [Theory]
    // the home folder: ~ alone or before a separator, nowhere else
    [InlineData("~", "/home/ada")]
    [InlineData("~/refs.bib", "/home/ada/refs.bib")]
    [InlineData("  ~/refs.bib  ", "/home/ada/refs.bib")]
    [InlineData("~ada/refs.bib", "/ws/~ada/refs.bib")]
    [InlineData("refs/~/x.bib", "/ws/refs/~/x.bib")]
    // variables in all three syntaxes, combined with ~
    [InlineData("$PAPERS/refs.bib", "/data/papers/refs.bib")]
    [InlineData("${PAPERS}/refs.bib", "/data/papers/refs.bib")]
    [InlineData("${SLASHED}refs.bib", "/data/papers/refs.bib")]
    [InlineData("%PAPERS%/refs.bib", "/data/papers/refs.bib")]
    [InlineData("~/$SUB/refs.bib", "/home/ada/papers/refs.bib")]
    [InlineData("/mnt/${SUB}-$SUB/x", "/mnt/papers-papers/x")]
    // a name is as long as it can be: $PAPERS_DIR is not $PAPERS followed by _DIR
    [InlineData("$PAPERS_DIR/x", "/ws/$PAPERS_DIR/x")]
    // undefined or empty variables stay as written; so does anything that is not a variable reference
    [InlineData("$UNSET/refs.bib", "/ws/$UNSET/refs.bib")]
    [InlineData("$EMPTY/refs.bib", "/ws/$EMPTY/refs.bib")]
    [InlineData("%EMPTY%/refs.bib", "/ws/%EMPTY%/refs.bib")]
    [InlineData("${UNCLOSED/refs.bib", "/ws/${UNCLOSED/refs.bib")]
    [InlineData("${}/x", "/ws/${}/x")]
    [InlineData("$5/refs.bib", "/ws/$5/refs.bib")]
    [InlineData("cost$", "/ws/cost$")]
    [InlineData("100%/x%", "/ws/100%/x%")]
    // values are not expanded again
    [InlineData("$NESTED/x", "/ws/$PAPERS/x")]
    [InlineData("$TILDE", "/ws/~/x")]
    // relative paths against the base folder; . and .. resolved everywhere
    [InlineData("refs.bib", "/ws/refs.bib")]
    [InlineData("../shared/refs.bib", "/shared/refs.bib")]
    [InlineData("/abs/./a/../refs.bib", "/abs/refs.bib")]
    [InlineData("$PAPERS/../other.bib", "/data/other.bib")]
    public void Expands(string written, string expected) => Assert.Equal(expected, Expand(written));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("/a\0b")]
    public void Blank_or_invalid_paths_are_unusable(string written) => Assert.Null(Expand(written));

    [Fact]
    public void A_relative_path_without_an_absolute_base_folder_is_unusable()
    {
        Assert.Null(Expand("refs.bib", baseDirectory: null));
        Assert.Null(Expand("refs.bib", baseDirectory: "relative/ws"));
        Assert.Null(Expand("$UNSET/refs.bib", baseDirectory: null));
        Assert.Equal("/data/papers/refs.bib", Expand("$PAPERS/refs.bib", baseDirectory: null));
    }

    [Fact]
    public void The_home_folder_is_unusable_when_unknown()
    {
        Assert.Null(Expand("~/refs.bib", home: null));
        Assert.Null(Expand("~", home: ""));
        Assert.Equal("/ws/~ada", Expand("~ada", home: null));
    }

    [Theory]
    [InlineData(new[] { "file:///ws/", "file:///other" }, "/ws/")]
    [InlineData(new[] { "untitled:x", "file:///second" }, "/second")]
    [InlineData(new[] { "not a uri" }, null)]
    [InlineData(new string[0], null)]
    public void The_base_folder_is_the_first_local_workspace_folder(string[] folders, string? expected) =>
        Assert.Equal(expected, UserPath.BaseFolder(folders));

    [Fact]
    public void The_process_environment_is_used_by_default()
    {
        var home = System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile);
        Assert.Equal(Path.Combine(home, "refs.bib"), UserPath.Expand("~/refs.bib", null));
        Assert.Equal(Path.Combine(home, "refs.bib"), UserPath.Expand("${HOME}/refs.bib", null));
    }
}
