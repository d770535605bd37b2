using System.Text.Json;
using TileDbWorkflows.Cli.Tests.Support;

namespace TileDbWorkflows.Cli.Tests.Issues;

/// <summary>
/// Issue 15: a recipient the service refused was shown as "failed" with "the service does not say why"; a refused user
/// name is one TileDB has no namespace for, and the CLI now says so per recipient (text and --json).
/// </summary>
public sealed class InvitationUnknownNamespaceReasonTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task A_refused_user_name_is_reported_as_an_unknown_namespace()
    {
        using var profile = await emulator.LoggedInAsync();
        var name = EmulatorFixture.Unique("cli_ns");
        Assert.Equal(0, (await profile.RunAsync("arrays", "register", $"s3://bucket/{name}", "--namespace", "demo", "--name", name)).ExitCode);

        var text = await profile.RunAsync("invites", "array", $"tiledb://demo/{name}", "alice", "no_such_user_xyz", "--actions", "read");
        var json = await profile.RunAsync("invites", "array", $"tiledb://demo/{name}", "ghost_user_abc", "--actions", "read", "--json");

        Assert.True(text.ExitCode == 1, text.ToString());
        Assert.Contains(text.Stdout.Split('\n'), l => l.Contains("no_such_user_xyz", StringComparison.Ordinal) && l.Contains("unknown namespace", StringComparison.Ordinal));
        Assert.DoesNotContain(text.Stdout.Split('\n'), l => l.Contains("alice", StringComparison.Ordinal) && l.Contains("unknown namespace", StringComparison.Ordinal));
        using var doc = JsonDocument.Parse(json.Stdout);
        var recipient = doc.RootElement.GetProperty("recipients")[0];
        Assert.Equal("failed", recipient.GetProperty("result").GetString());
        Assert.Equal("unknown namespace: TileDB Cloud has no user named 'ghost_user_abc'", recipient.GetProperty("reason").GetString());
    }
}
