using System.Text.Json;
using TileDbWorkflows.Cli.Tests.Support;

namespace TileDbWorkflows.Cli.Tests.Invites;

/// <summary><c>invites cancel ID</c> with the id alone: the target is read from the invitation.</summary>
public sealed class CancelByIdTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task The_owner_cancels_an_array_invitation_by_its_id_alone()
    {
        using var profile = await emulator.LoggedInAsync();
        var name = EmulatorFixture.Unique("cli_cancel");
        var uri = $"tiledb://demo/{name}";
        Assert.Equal(0, (await profile.RunAsync("arrays", "register", $"s3://bucket/{name}", "--namespace", "demo", "--name", name)).ExitCode);
        Assert.Equal(0, (await profile.RunAsync("invites", "array", uri, "bob", "--actions", "read")).ExitCode);
        string[] Pending(string json) => JsonDocument.Parse(json).RootElement.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("status").GetString() == "PENDING").Select(i => i.GetProperty("id").GetString()!).ToArray();
        var id = Assert.Single(Pending((await profile.RunAsync("invites", "list", "--array", uri, "--json")).Stdout));

        var cancel = await profile.RunAsync("invites", "cancel", id);
        var missing = await profile.RunAsync("invites", "cancel", "no-such-invitation");

        Assert.True(cancel.ExitCode == 0, cancel.ToString());
        Assert.Contains($"Cancelled invitation {id} to {uri}", cancel.Stdout, StringComparison.Ordinal);
        Assert.Empty(Pending((await profile.RunAsync("invites", "list", "--array", uri, "--json")).Stdout));
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no invitation no-such-invitation", missing.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_shows_the_id_alone_example()
    {
        using var profile = new TempProfile();
        var help = await profile.RunAsync("invites", "cancel", "--help");
        Assert.Contains("tdbw invites cancel 3f2a...", help.Stdout, StringComparison.Ordinal);
    }
}
