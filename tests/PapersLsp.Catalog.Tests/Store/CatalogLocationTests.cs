using PapersLsp.Core.Catalog;

namespace PapersLsp.Catalog.Tests.Store;

public sealed class CatalogLocationTests
{
    private static string Resolve(string? flag, string? setting, params (string Name, string Value)[] env) =>
        CatalogLocation.Resolve(flag, setting, name => env.FirstOrDefault(e => e.Name == name).Value, "/home/ada");

    [Fact]
    public void Defaults_to_the_xdg_data_home() =>
        Assert.Equal("/data/papers-lsp/catalog.db", Resolve(null, null, ("XDG_DATA_HOME", "/data")));

    [Fact]
    public void Falls_back_to_local_share_when_xdg_is_unset_or_relative()
    {
        Assert.Equal("/home/ada/.local/share/papers-lsp/catalog.db", Resolve(null, null));
        Assert.Equal("/home/ada/.local/share/papers-lsp/catalog.db", Resolve(null, null, ("XDG_DATA_HOME", "relative/dir")));
    }

    [Fact]
    public void Flag_beats_environment_beats_setting()
    {
        var env = (CatalogLocation.EnvironmentVariable, "/env/c.db");
        Assert.Equal("/flag/c.db", Resolve("/flag/c.db", "/setting/c.db", env));
        Assert.Equal("/env/c.db", Resolve(null, "/setting/c.db", env));
        Assert.Equal("/setting/c.db", Resolve(null, "/setting/c.db"));
        Assert.Equal("/setting/c.db", Resolve("  ", "/setting/c.db", (CatalogLocation.EnvironmentVariable, "")));
    }

    [Fact]
    public void Expands_the_home_folder() => Assert.Equal("/home/ada/papers/c.db", Resolve("~/papers/c.db", null));

    [Fact]
    public void Expands_variables_in_an_explicit_path_like_every_other_setting()
    {
        Assert.Equal("/data/papers/c.db", Resolve(null, "${PAPERS}/c.db", ("PAPERS", "/data/papers")));
        Assert.Equal("/data/papers/c.db", Resolve(null, null, (CatalogLocation.EnvironmentVariable, "$PAPERS/c.db"), ("PAPERS", "/data/papers")));
    }

    [Theory]
    [InlineData("/data", "/data/papers-lsp")]
    [InlineData("", "/home/ada/.local/share/papers-lsp")]
    [InlineData("relative/dir", "/home/ada/.local/share/papers-lsp")]
    public void The_data_directory_holds_the_default_catalog(string dataHome, string expected)
    {
        Assert.Equal(expected, CatalogLocation.DataDirectory(name => name == "XDG_DATA_HOME" ? dataHome : null, "/home/ada"));
        Assert.Equal(Path.Combine(expected, "catalog.db"), Resolve(null, null, ("XDG_DATA_HOME", dataHome)));
    }
}
