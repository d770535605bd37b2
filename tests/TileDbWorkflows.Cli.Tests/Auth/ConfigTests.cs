using System.Text.Json;
using TileDbWorkflows.Cli.Tests.Support;

namespace TileDbWorkflows.Cli.Tests.Auth;

public sealed class ConfigTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Config_prints_core_keys_with_the_token_masked_unless_asked()
    {
        using var profile = await emulator.LoggedInAsync();

        var masked = await profile.RunAsync("config");
        Assert.True(masked.ExitCode == 0, masked.ToString());
        Assert.Contains($"rest.server_address {emulator.Host}", masked.Stdout, StringComparison.Ordinal);
        Assert.Contains("rest.token ********", masked.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("demo-token", masked.Stdout, StringComparison.Ordinal);

        var shown = await profile.RunAsync("config", "--show-secrets", "--json");
        Assert.Equal("demo-token", JsonDocument.Parse(shown.Stdout).RootElement.GetProperty("rest.token").GetString());
    }

    [Fact]
    public async Task Retry_mode_is_persisted_in_tdbw_json_and_leaves_cloud_json_alone()
    {
        using var profile = await emulator.LoggedInAsync();
        var cloudJson = await File.ReadAllTextAsync(profile.CloudJson);

        var set = await profile.RunAsync("retry-mode", "forceful");
        var get = await profile.RunAsync("retry-mode", "--json");

        Assert.Equal(0, set.ExitCode);
        Assert.Equal("forceful", JsonDocument.Parse(get.Stdout).RootElement.GetProperty("retry_mode").GetString());
        Assert.Equal("forceful", JsonDocument.Parse(await File.ReadAllTextAsync(profile.SettingsJson)).RootElement.GetProperty("retry_mode").GetString());
        Assert.Equal(cloudJson, await File.ReadAllTextAsync(profile.CloudJson));
        Assert.Equal(2, (await profile.RunAsync("retry-mode", "sometimes")).ExitCode);
    }

    [Fact]
    public async Task Config_set_key_reads_stdin_and_never_echoes_it()
    {
        using var profile = new TempProfile();

        var result = await profile.RunWithAsync("s3cret-key\n", null, "config", "set", "key");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("s3cret-key", result.Stdout + result.Stderr, StringComparison.Ordinal);
        Assert.Contains("s3cret-key", await File.ReadAllTextAsync(profile.SettingsJson), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Config_shows_the_worker_endpoint_the_key_masked_and_the_retry_mode_with_their_sources()
    {
        using var profile = await emulator.LoggedInAsync();
        Assert.Equal(0, (await profile.RunAsync("config", "set", "endpoint", "http://worker.example:7071")).ExitCode);
        Assert.Equal(0, (await profile.RunWithAsync("saved-secret\n", null, "config", "set", "key")).ExitCode);
        Assert.Equal(0, (await profile.RunAsync("retry-mode", "disabled")).ExitCode);

        var text = await profile.RunAsync("config");
        profile.Variables["TDBW_ENDPOINT"] = "http://from-env:1";
        var json = await profile.RunAsync("config", "--json");

        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Contains("# tdbw.endpoint http://worker.example:7071 (from tdbw.json)", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("# tdbw.key ******** (from tdbw.json)", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("# tdbw.retry_mode disabled (from tdbw.json)", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("rest.token ********", text.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("saved-secret", text.Stdout + text.Stderr + json.Stdout, StringComparison.Ordinal);
        var tdbw = JsonDocument.Parse(json.Stdout).RootElement.GetProperty("tdbw");
        Assert.Equal("http://from-env:1", tdbw.GetProperty("endpoint").GetProperty("value").GetString());
        Assert.Equal("TDBW_ENDPOINT", tdbw.GetProperty("endpoint").GetProperty("source").GetString());
        Assert.Equal("********", tdbw.GetProperty("key").GetProperty("value").GetString());
    }

    [Fact]
    public async Task Config_help_shows_an_example()
    {
        using var profile = new TempProfile();
        var help = await profile.RunAsync("config", "--help");
        Assert.Contains("tdbw config > tiledb.cfg", help.Stdout, StringComparison.Ordinal);
    }
}
