using TileDbWorkflows.Cli.Tests.Support;

namespace TileDbWorkflows.Cli.Tests.Issues;

/// <summary>
/// Issue 15: <c>tdbw arrays shared-with</c> on a group said "array … not found". Like Python's
/// <c>list_shared_with</c>, it now lists the group's shares and says the URI is a group.
/// </summary>
public sealed class SharedWithOfGroupTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Shared_with_of_a_group_lists_its_shares_and_says_it_is_a_group()
    {
        using var profile = await emulator.LoggedInAsync();
        var name = EmulatorFixture.Unique("cli_gshare");
        Assert.Equal(0, (await profile.RunAsync("groups", "create", name, "--namespace", "demo")).ExitCode);
        var uri = $"tiledb://demo/{name}";
        var share = await profile.RunAsync("groups", "share", uri, "--namespace", "bob", "--group-permissions", "read", "--permissions", "read");
        Assert.True(share.ExitCode == 0, share.ToString());

        var result = await profile.RunAsync("arrays", "shared-with", uri);
        var groups = await profile.RunAsync("groups", "shared-with", uri);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("is a group", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("bob", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("bob", groups.Stdout, StringComparison.Ordinal);
    }
}
