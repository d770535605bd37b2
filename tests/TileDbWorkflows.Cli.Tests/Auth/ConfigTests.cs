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
}
