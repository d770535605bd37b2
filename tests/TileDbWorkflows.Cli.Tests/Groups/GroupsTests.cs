using System.Text.Json;
using TileDbWorkflows.Cli.Tests.Support;

namespace TileDbWorkflows.Cli.Tests.Groups;

public sealed class GroupsTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Create_then_info_and_list()
    {
        using var profile = await emulator.LoggedInAsync();
        var name = EmulatorFixture.Unique("cli_grp");

        var create = await profile.RunAsync("groups", "create", name, "--namespace", "demo", "--description", "from tdbw", "--tag", "cli");
        Assert.True(create.ExitCode == 0, create.ToString());
        Assert.Contains($"tiledb://demo/{name}", create.Stdout, StringComparison.Ordinal);

        var info = await profile.RunAsync("groups", "info", $"tiledb://demo/{name}");
        Assert.True(info.ExitCode == 0, info.ToString());
        Assert.Contains("from tdbw", info.Stdout, StringComparison.Ordinal);

        var list = await profile.RunAsync("groups", "list", "--json");
        using var doc = JsonDocument.Parse(list.Stdout);
        Assert.Contains(doc.RootElement.GetProperty("items").EnumerateArray(), g => g.GetProperty("name").GetString() == name);
    }

    [Fact]
    public async Task Public_groups_include_the_quickstart_group()
    {
        using var profile = await emulator.LoggedInAsync("bob-token");

        var result = await profile.RunAsync("groups", "public", "--namespace", "TileDB-Inc");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("tiledb://TileDB-Inc/quickstart", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deregister_recursive_removes_the_group()
    {
        using var profile = await emulator.LoggedInAsync();
        var name = EmulatorFixture.Unique("cli_dreg");
        Assert.Equal(0, (await profile.RunAsync("groups", "create", name, "--namespace", "demo")).ExitCode);

        var result = await profile.RunAsync("groups", "deregister", $"tiledb://demo/{name}", "--recursive");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(1, (await profile.RunAsync("groups", "info", $"tiledb://demo/{name}")).ExitCode);
    }
}
