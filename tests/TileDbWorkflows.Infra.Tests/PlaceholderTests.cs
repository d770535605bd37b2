using TileDbWorkflows.Testing;

namespace TileDbWorkflows.Infra.Tests;

public class PlaceholderTests
{
    [Fact]
    public void Repository_root_holds_host_json() =>
        Assert.True(File.Exists(Path.Combine(RepoRoot.Path, "host.json")));
}
