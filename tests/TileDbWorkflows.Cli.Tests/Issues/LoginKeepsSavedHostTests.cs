using TileDbWorkflows.Cli.Tests.Support;

namespace TileDbWorkflows.Cli.Tests.Issues;

/// <summary>
/// Issue 15: <c>tdbw login --token X</c> without <c>--host</c> went to the global server instead of the host saved in
/// cloud.json, although the README gives cloud.json as the next source after --host and TILEDB_REST_HOST.
/// </summary>
public sealed class LoginKeepsSavedHostTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task A_second_token_login_without_host_uses_the_saved_host()
    {
        using var profile = await emulator.LoggedInAsync();

        var again = await profile.RunAsync("login", "--token", "demo-token");

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains($"Logged in to {emulator.Host}", again.Stdout, StringComparison.Ordinal);
        Assert.Contains(emulator.Host, await File.ReadAllTextAsync(profile.CloudJson), StringComparison.Ordinal);
    }
}
