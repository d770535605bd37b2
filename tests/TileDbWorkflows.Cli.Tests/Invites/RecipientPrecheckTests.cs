using System.Text.Json;
using TileDbWorkflows.Cli.Tests.Support;

namespace TileDbWorkflows.Cli.Tests.Invites;

/// <summary>Recipients that could never be delivered are refused, each with its reason, before anything is sent.</summary>
public sealed class RecipientPrecheckTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Malformed_recipients_are_named_with_their_reason_and_nothing_is_sent()
    {
        using var profile = await emulator.LoggedInAsync();
        var name = EmulatorFixture.Unique("cli_precheck");
        Assert.Equal(0, (await profile.RunAsync("arrays", "register", $"s3://bucket/{name}", "--namespace", "demo", "--name", name)).ExitCode);
        var uri = $"tiledb://demo/{name}";

        var result = await profile.RunAsync("invites", "array", uri, "bob", "bad@", "not a user", "fine@example.com", "--actions", "read");
        var list = await profile.RunAsync("invites", "list", "--array", uri, "--json");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("nothing sent; 2 recipients refused", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("'bad@' is not an email address (name@domain.tld)", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("'not a user' is neither an email address nor a username", result.Stderr, StringComparison.Ordinal);
        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Empty(JsonDocument.Parse(list.Stdout).RootElement.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Bulk_invitations_are_checked_before_the_worker_is_called()
    {
        await using var worker = await WorkerStub.StartAsync();
        using var profile = new TempProfile();
        profile.Variables["TDBW_ENDPOINT"] = worker.Endpoint;
        profile.Variables["TDBW_KEY"] = WorkerStub.Key;

        var result = await profile.RunAsync("invites", "bulk", "--request-id", "r1", "--kind", "array", "--target", "tiledb://demo/a", "alice", "bad@");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("'bad@' is not an email address", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(worker.Requests, r => r.Method == "POST");
    }
}
