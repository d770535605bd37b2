using System.Text.Json;
using TileDbWorkflows.Cli.Commands.Invites;
using TileDbWorkflows.Cli.Tests.Support;

namespace TileDbWorkflows.Cli.Tests.Invites;

public sealed class InvitesTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private async Task<(TempProfile Profile, string Uri)> ArrayAsync()
    {
        var profile = await emulator.LoggedInAsync();
        var name = EmulatorFixture.Unique("cli_inv");
        var register = await profile.RunAsync("arrays", "register", $"s3://bucket/{name}", "--namespace", "demo", "--name", name);
        Assert.True(register.ExitCode == 0, register.ToString());
        return (profile, $"tiledb://demo/{name}");
    }

    [Fact]
    public async Task Partial_failure_shows_each_recipient_and_exits_1()
    {
        var (profile, uri) = await ArrayAsync();
        using var _ = profile;

        var result = await profile.RunAsync("invites", "array", uri, "alice", "no_such_user_xyz", "newcomer@example.com", "--actions", "READ,WRITE");

        Assert.True(result.ExitCode == 1, result.ToString());
        var lines = result.Stdout.Split('\n');
        Assert.Contains(lines, l => l.Contains("alice", StringComparison.Ordinal) && l.Contains("invited", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("newcomer@example.com", StringComparison.Ordinal) && l.Contains("invited", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("no_such_user_xyz", StringComparison.Ordinal) && l.Contains("failed", StringComparison.Ordinal));
        Assert.Contains("2 invited, 1 failed", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recipients_from_a_csv_file_and_json_output()
    {
        var (profile, uri) = await ArrayAsync();
        using var _ = profile;
        var file = Path.Combine(profile.Dir, "recipients.csv");
        await File.WriteAllTextAsync(file, "email,name\nbob,Bob\ncarol@example.com,Carol\n\n# done\n");

        var result = await profile.RunAsync("invites", "array", uri, "--file", file, "--actions", "read", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.Equal(204, doc.RootElement.GetProperty("http_status").GetInt32());
        Assert.Equal(["bob", "carol@example.com"], doc.RootElement.GetProperty("recipients").EnumerateArray().Select(r => r.GetProperty("recipient").GetString()));
        Assert.All(doc.RootElement.GetProperty("recipients").EnumerateArray(), r => Assert.Equal("invited", r.GetProperty("result").GetString()));

        var list = await profile.RunAsync("invites", "list", "--array", uri, "--json");
        Assert.True(list.ExitCode == 0, list.ToString());
    }

    [Fact]
    public async Task Invited_user_accepts_and_the_owner_can_cancel_another()
    {
        var (profile, uri) = await ArrayAsync();
        using var _ = profile;
        Assert.Equal(0, (await profile.RunAsync("invites", "array", uri, "carol", "bob", "--actions", "READ")).ExitCode);

        using var carol = await emulator.LoggedInAsync("carol-token");
        var carolsInvites = JsonDocument.Parse((await carol.RunAsync("invites", "list", "--status", "PENDING", "--json")).Stdout);
        var carolsId = carolsInvites.RootElement.GetProperty("items").EnumerateArray()
            .First(i => uri.EndsWith(i.GetProperty("array_name").GetString()!, StringComparison.Ordinal)).GetProperty("id").GetString()!;
        var accept = await carol.RunAsync("invites", "accept", carolsId);
        Assert.True(accept.ExitCode == 0, accept.ToString());

        using var bob = await emulator.LoggedInAsync("bob-token");
        var bobsInvites = JsonDocument.Parse((await bob.RunAsync("invites", "list", "--json")).Stdout);
        var bobsId = bobsInvites.RootElement.GetProperty("items").EnumerateArray()
            .First(i => uri.EndsWith(i.GetProperty("array_name").GetString()!, StringComparison.Ordinal)).GetProperty("id").GetString()!;
        var cancel = await profile.RunAsync("invites", "cancel", bobsId, "--array", uri);
        Assert.True(cancel.ExitCode == 0, cancel.ToString());
    }

    [Fact]
    public async Task No_recipients_is_a_usage_error()
    {
        var (profile, uri) = await ArrayAsync();
        using var _ = profile;

        var result = await profile.RunAsync("invites", "array", uri, "--actions", "READ");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no recipients", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Recipient_files_read_plain_lines_and_csv_columns()
    {
        Assert.Equal(["a", "b@x.org", "c"], Recipients.Parse(["a", " b@x.org ", "", "# comment", "c"]));
        Assert.Equal(["a@x.org", "b"], Recipients.Parse(["name,Email", "A,a@x.org", "B,b"]));
        Assert.Equal(["a", "b", "c"], Recipients.Parse(["a,b", "c"]));
    }
}
