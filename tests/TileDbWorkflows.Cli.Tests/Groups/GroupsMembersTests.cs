using System.Text.Json;
using TileDbWorkflows.Cli.Tests.Support;

namespace TileDbWorkflows.Cli.Tests.Groups;

public sealed class GroupsMembersTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Members_lists_the_groups_and_arrays_in_a_group()
    {
        using var profile = await emulator.LoggedInAsync();
        var parent = EmulatorFixture.Unique("cli_team");
        var child = EmulatorFixture.Unique("cli_sub");
        Assert.Equal(0, (await profile.RunAsync("groups", "create", parent, "--namespace", "demo")).ExitCode);
        var created = await profile.RunAsync("groups", "create", child, "--namespace", "demo", "--parent", $"tiledb://demo/{parent}");
        Assert.True(created.ExitCode == 0, created.ToString());

        var table = await profile.RunAsync("groups", "members", $"tiledb://demo/{parent}");
        var json = await profile.RunAsync("groups", "members", $"tiledb://demo/{parent}", "--all", "--json");
        var arraysOnly = await profile.RunAsync("groups", "members", $"tiledb://demo/{parent}", "--type", "array");

        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains($"tiledb://demo/{child}", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 member", table.Stdout, StringComparison.Ordinal);
        var items = JsonDocument.Parse(json.Stdout).RootElement.GetProperty("items");
        Assert.Equal(child, Assert.Single(items.EnumerateArray()).GetProperty("group").GetProperty("name").GetString());
        Assert.True(arraysOnly.ExitCode == 0, arraysOnly.ToString());
        Assert.DoesNotContain(child, arraysOnly.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_shows_an_example()
    {
        using var profile = new TempProfile();
        var help = await profile.RunAsync("groups", "members", "--help");
        Assert.Contains("tdbw groups members tiledb://demo/team", help.Stdout, StringComparison.Ordinal);
    }
}
