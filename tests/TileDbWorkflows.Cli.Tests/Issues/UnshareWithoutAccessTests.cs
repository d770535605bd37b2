using System.Text.Json;
using TileDbWorkflows.Cli.Tests.Support;

namespace TileDbWorkflows.Cli.Tests.Issues;

/// <summary>
/// Issue 15: <c>tdbw arrays unshare</c> of a user who never had access said "Revoked carol's access". It now says she
/// had no access (exit 0, as <c>az role assignment delete</c> does when there is nothing to delete), and a real
/// revocation still says "Revoked".
/// </summary>
public sealed class UnshareWithoutAccessTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Unsharing_someone_without_access_says_so()
    {
        using var profile = await emulator.LoggedInAsync();
        var name = EmulatorFixture.Unique("cli_unshare");
        Assert.Equal(0, (await profile.RunAsync("arrays", "register", $"s3://bucket/{name}", "--namespace", "demo", "--name", name)).ExitCode);
        var uri = $"tiledb://demo/{name}";

        var never = await profile.RunAsync("arrays", "unshare", uri, "--namespace", "carol");
        var json = await profile.RunAsync("arrays", "unshare", uri, "--namespace", "carol", "--json");
        Assert.Equal(0, (await profile.RunAsync("arrays", "share", uri, "--namespace", "bob", "--permissions", "read")).ExitCode);
        var real = await profile.RunAsync("arrays", "unshare", uri, "--namespace", "bob");

        Assert.True(never.ExitCode == 0, never.ToString());
        Assert.Contains("carol had no access", never.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Revoked", never.Stdout, StringComparison.Ordinal);
        Assert.False(JsonDocument.Parse(json.Stdout).RootElement.GetProperty("revoked").GetBoolean());
        Assert.Contains("Revoked bob's access", real.Stdout, StringComparison.Ordinal);
    }
}
