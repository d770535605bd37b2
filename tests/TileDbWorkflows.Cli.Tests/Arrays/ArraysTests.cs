using System.Text.Json;
using TileDbWorkflows.Cli.Tests.Support;

namespace TileDbWorkflows.Cli.Tests.Arrays;

public sealed class ArraysTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Public_listing_with_filters_prints_a_table_and_parseable_json()
    {
        using var profile = await emulator.LoggedInAsync("alice-token");

        var table = await profile.RunAsync("arrays", "public", "--namespace", "TileDB-Inc", "--tag", "quickstart", "--search", "sparse");
        var json = await profile.RunAsync("arrays", "public", "--namespace", "TileDB-Inc", "--tag", "quickstart,dense", "--exclude-tag", "sparse", "--json");

        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("tiledb://TileDB-Inc/quickstart_sparse", table.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("quickstart_dense", table.Stdout, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json.Stdout);
        var names = doc.RootElement.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("name").GetString()).ToArray();
        Assert.Equal(new string?[] { "quickstart_dense" }, names);
        Assert.True(doc.RootElement.GetProperty("pagination_metadata").GetProperty("total_items").GetInt64() >= 1);
    }

    [Fact]
    public async Task Register_info_share_shared_with_unshare_and_deregister()
    {
        using var profile = await emulator.LoggedInAsync();
        var name = EmulatorFixture.Unique("cli_arr");
        var uri = $"tiledb://demo/{name}";

        var register = await profile.RunAsync("arrays", "register", $"s3://bucket/arrays/{name}", "--namespace", "demo", "--name", name, "--description", "made by tdbw");
        Assert.True(register.ExitCode == 0, register.ToString());
        Assert.Contains(uri, register.Stdout, StringComparison.Ordinal);

        var info = await profile.RunAsync("arrays", "info", uri, "--json");
        Assert.True(info.ExitCode == 0, info.ToString());
        using (var doc = JsonDocument.Parse(info.Stdout))
        {
            Assert.Equal("made by tdbw", doc.RootElement.GetProperty("description").GetString());
            Assert.Equal($"s3://bucket/arrays/{name}", doc.RootElement.GetProperty("uri").GetString());
        }

        var owned = await profile.RunAsync("arrays", "list", "--search", name);
        Assert.Contains(uri, owned.Stdout, StringComparison.Ordinal);

        var share = await profile.RunAsync("arrays", "share", uri, "--namespace", "alice", "--permissions", "read,write");
        Assert.True(share.ExitCode == 0, share.ToString());

        var sharedWith = await profile.RunAsync("arrays", "shared-with", uri, "--json");
        using (var doc = JsonDocument.Parse(sharedWith.Stdout))
        {
            var alice = doc.RootElement.GetProperty("items").EnumerateArray().Single(s => s.GetProperty("namespace").GetString() == "alice");
            Assert.Equal(["read", "write"], alice.GetProperty("actions").EnumerateArray().Select(a => a.GetString()).Order());
        }

        using (var aliceProfile = await emulator.LoggedInAsync("alice-token"))
        {
            var shared = await aliceProfile.RunAsync("arrays", "shared", "--search", name);
            Assert.Contains(uri, shared.Stdout, StringComparison.Ordinal);
        }

        var unshare = await profile.RunAsync("arrays", "unshare", uri, "--namespace", "alice");
        Assert.True(unshare.ExitCode == 0, unshare.ToString());
        var afterUnshare = await profile.RunAsync("arrays", "shared-with", uri);
        Assert.DoesNotContain("alice", afterUnshare.Stdout, StringComparison.Ordinal);

        var deregister = await profile.RunAsync("arrays", "deregister", uri);
        Assert.True(deregister.ExitCode == 0, deregister.ToString());
        Assert.Equal(1, (await profile.RunAsync("arrays", "info", uri)).ExitCode);
    }

    [Fact]
    public async Task A_missing_array_is_one_red_line_with_status_code_and_message()
    {
        using var profile = await emulator.LoggedInAsync();

        var result = await profile.RunAsync("arrays", "info", "tiledb://demo/does_not_exist");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Stderr.Trim().Split('\n'));
        Assert.StartsWith("error: 404 Not Found · TileDB code 1004 · array tiledb://demo/does_not_exist not found", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public async Task Verbose_adds_the_exception_details()
    {
        using var profile = await emulator.LoggedInAsync();

        var result = await profile.RunAsync("arrays", "info", "tiledb://demo/does_not_exist", "--verbose");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("TileDbCloudException", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("arrays", "info", "not-a-uri")]
    [InlineData("arrays", "share", "tiledb://demo/x", "--namespace", "alice", "--permissions", "fly")]
    [InlineData("arrays", "list", "--no-such-option")]
    [InlineData("arrays")]
    [InlineData("arrays", "list", "--file-type", "spreadsheet")]
    public async Task Bad_usage_exits_with_code_2(params string[] args)
    {
        using var profile = await emulator.LoggedInAsync();

        var result = await profile.RunAsync(args);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("error: ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Activity_lists_the_registration_event()
    {
        using var profile = await emulator.LoggedInAsync();
        var name = EmulatorFixture.Unique("cli_act");
        Assert.Equal(0, (await profile.RunAsync("arrays", "register", $"s3://bucket/{name}", "--namespace", "demo")).ExitCode);

        var result = await profile.RunAsync("arrays", "activity", $"tiledb://demo/{name}", "--start", "1d", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.Contains(doc.RootElement.GetProperty("items").EnumerateArray(), e => e.GetProperty("username").GetString() == "demo");
    }
}
