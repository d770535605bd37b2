using System.Text.Json;
using TileDbWorkflows.Cli.Tests.Support;

namespace TileDbWorkflows.Cli.Tests.Auth;

public sealed class LoginTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Login_with_token_writes_the_python_format_cloud_json()
    {
        using var profile = new TempProfile();

        var result = await profile.RunAsync("login", "--host", emulator.Host + "/", "--token", "demo-token");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("as demo", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("demo-token", result.Stdout + result.Stderr, StringComparison.Ordinal);
        // json.dump(config, indent=4, sort_keys=True): the exact bytes the Python client writes and reads.
        var expected = "{\n    \"api_key\": {\n        \"X-TILEDB-REST-API-KEY\": \"demo-token\"\n    },\n"
            + $"    \"host\": \"{emulator.Host}\",\n    \"verify_ssl\": true\n}}";
        Assert.Equal(expected, await File.ReadAllTextAsync(profile.CloudJson));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(profile.CloudJson));
        }
    }

    [Fact]
    public async Task Login_with_username_and_password_from_stdin_saves_only_the_session_token()
    {
        using var profile = new TempProfile();

        var result = await profile.RunWithAsync("alice\n", null, "login", "--host", emulator.Host, "--username", "alice", "--password-stdin");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(profile.CloudJson));
        var token = doc.RootElement.GetProperty("api_key").GetProperty("X-TILEDB-REST-API-KEY").GetString();
        Assert.False(string.IsNullOrEmpty(token));
        Assert.False(doc.RootElement.TryGetProperty("password", out _), "the password must never reach cloud.json");

        var whoami = await profile.RunAsync("whoami", "--json");
        Assert.Equal("alice", JsonDocument.Parse(whoami.Stdout).RootElement.GetProperty("username").GetString());
    }

    [Fact]
    public async Task Login_with_username_prompts_for_the_password_without_taking_it_from_arguments()
    {
        using var profile = new TempProfile();
        string? prompted = null;

        var result = await profile.RunWithAsync(null, prompt => { prompted = prompt; return "demo"; }, "login", "--host", emulator.Host, "--username", "demo");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("Password: ", prompted);
        Assert.True(File.Exists(profile.CloudJson));
    }

    [Fact]
    public async Task Login_without_a_terminal_and_without_password_stdin_is_a_usage_error()
    {
        using var profile = new TempProfile();

        var result = await profile.RunAsync("login", "--host", emulator.Host, "--username", "demo");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--password-stdin", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(profile.CloudJson));
    }

    [Fact]
    public async Task Login_with_a_wrong_token_fails_and_saves_nothing()
    {
        using var profile = new TempProfile();

        var result = await profile.RunAsync("login", "--host", emulator.Host, "--token", "not-a-token");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("401", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(profile.CloudJson));
    }

    [Fact]
    public async Task Commands_without_a_login_say_log_in_first()
    {
        using var profile = new TempProfile();

        var result = await profile.RunAsync("arrays", "list");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("log in first", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Trim().Split('\n'));
    }

    [Fact]
    public async Task Whoami_shows_the_profile_and_logout_removes_the_session()
    {
        using var profile = await emulator.LoggedInAsync();

        var whoami = await profile.RunAsync("whoami");
        Assert.True(whoami.ExitCode == 0, whoami.ToString());
        Assert.Contains("demo", whoami.Stdout, StringComparison.Ordinal);
        Assert.Contains("TileDB-Inc (owner)", whoami.Stdout, StringComparison.Ordinal);

        var logout = await profile.RunAsync("logout");
        Assert.Equal(0, logout.ExitCode);
        Assert.False(File.Exists(profile.CloudJson));
        Assert.Contains("log in first", (await profile.RunAsync("whoami")).Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_environment_token_is_used_when_there_is_no_cloud_json()
    {
        using var profile = new TempProfile();
        profile.Variables["TILEDB_REST_TOKEN"] = "bob-token";
        profile.Variables["TILEDB_REST_HOST"] = emulator.Host;

        var result = await profile.RunAsync("whoami", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("bob", JsonDocument.Parse(result.Stdout).RootElement.GetProperty("username").GetString());
    }
}
