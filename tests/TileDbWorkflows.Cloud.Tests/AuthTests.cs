using System.Text;
using TileDbWorkflows.Cloud.Auth;
using TileDbWorkflows.Cloud.Tests.Support;

namespace TileDbWorkflows.Cloud.Tests;

public sealed class AuthTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "tdbw-auth-" + Guid.NewGuid().ToString("N"));

    private string ConfigPath => Path.Combine(_dir, ".tiledb", "cloud.json");

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Fact]
    public async Task Token_login_makes_no_http_call_and_writes_the_python_format_with_mode_0600()
    {
        await using var server = await RecordingServer.StartAsync();
        var file = new CloudConfigFile(ConfigPath, _ => null);
        using var client = TileDbCloudClient.Create(new TileDbCloudOptions { UseConfigFile = true }, configFile: file);

        var session = await client.Auth.LoginWithTokenAsync("tok-1", host: server.BaseAddress);

        Assert.Empty(server.Requests);
        var expected = "{\n    \"api_key\": {\n        \"X-TILEDB-REST-API-KEY\": \"tok-1\"\n    },\n    \"host\": \"" + server.BaseAddress + "\",\n    \"verify_ssl\": true\n}";
        Assert.Equal(expected, File.ReadAllText(ConfigPath, Encoding.UTF8));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(ConfigPath));
        }

        await client.Users.GetProfileAsync();
        Assert.Equal("tok-1", server.OnlyRequest().Header("X-TILEDB-REST-API-KEY"));
        Assert.DoesNotContain("tok-1", session.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Password_login_gets_a_session_token_and_keeps_only_the_token()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Enqueue(ScriptedResponse.Json("""{"token":"sess-42","name":"session"}"""));
        var file = new CloudConfigFile(ConfigPath, _ => null);
        using var client = TileDbCloudClient.Create(new TileDbCloudOptions(), configFile: file);

        var session = await client.Auth.LoginAsync("alice", "pw-SECRET", host: server.BaseAddress);

        var request = server.OnlyRequest();
        Assert.Equal("GET", request.Method);
        Assert.Equal("/v1/session", request.RawPath);
        Assert.Equal("?remember_me=True", request.Query);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("alice:pw-SECRET")), request.Header("Authorization"));
        Assert.Null(request.Header("X-TILEDB-REST-API-KEY"));
        Assert.Equal("sess-42", session.ApiToken);
        Assert.Null(session.Password);
        var text = File.ReadAllText(ConfigPath);
        Assert.Contains("sess-42", text, StringComparison.Ordinal);
        Assert.DoesNotContain("pw-SECRET", text, StringComparison.Ordinal);
        Assert.DoesNotContain("alice", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_session_login_saves_and_sends_basic_auth()
    {
        await using var server = await RecordingServer.StartAsync();
        var file = new CloudConfigFile(ConfigPath, _ => null);
        using var client = TileDbCloudClient.Create(new TileDbCloudOptions(), configFile: file);

        await client.Auth.LoginAsync("alice", "pw", host: server.BaseAddress, noSession: true);
        await client.Users.GetProfileAsync();

        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("alice:pw")), server.OnlyRequest().Header("Authorization"));
        Assert.Equal("{\n    \"host\": \"" + server.BaseAddress + "\",\n    \"password\": \"pw\",\n    \"username\": \"alice\",\n    \"verify_ssl\": true\n}", File.ReadAllText(ConfigPath));
    }

    [Fact]
    public void Load_reads_python_written_file()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(ConfigPath)!);
        File.WriteAllText(ConfigPath, """{"api_key": {"X-TILEDB-REST-API-KEY": "py-token"}, "host": "https://eu-west-2.aws.api.tiledb.com", "verify_ssl": false, "ca_file": "/ca.pem"}""");

        var session = new CloudConfigFile(ConfigPath, _ => null).Load()!;

        Assert.Equal("py-token", session.ApiToken);
        Assert.Equal(TileDbRegions.EuWest2, session.ServerAddress);
        Assert.False(session.VerifySsl);
        Assert.Equal("/ca.pem", session.CaFile);
    }

    [Fact]
    public void Env_token_and_host_beat_the_file_but_file_username_password_and_verify_beat_env()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(ConfigPath)!);
        File.WriteAllText(ConfigPath, """{"api_key": {"X-TILEDB-REST-API-KEY": "file-token"}, "host": "https://file.example", "username": "file-user", "password": "file-pw", "verify_ssl": true}""");
        var env = new Dictionary<string, string>
        {
            ["TILEDB_REST_TOKEN"] = "env-token",
            ["TILEDB_REST_HOST"] = "env.example",
            ["TILEDB_REST_USERNAME"] = "env-user",
            ["TILEDB_REST_PASSWORD"] = "env-pw",
            ["TILEDB_REST_IGNORE_SSL_VALIDATION"] = "true",
        };

        var session = new CloudConfigFile(ConfigPath, k => env.GetValueOrDefault(k)).Load()!;

        Assert.Equal("env-token", session.ApiToken);
        Assert.Equal("https://env.example", session.ServerAddress);
        Assert.Equal("file-user", session.Username);
        Assert.Equal("file-pw", session.Password);
        Assert.True(session.VerifySsl);
    }

    [Fact]
    public void Env_alone_configures_a_session()
    {
        var session = new CloudConfigFile(ConfigPath, k => k == "TILEDB_REST_TOKEN" ? "t" : k == "TILEDB_REST_IGNORE_SSL_VALIDATION" ? "on" : null).Load()!;
        Assert.Equal("t", session.ApiToken);
        Assert.Equal(TileDbRegions.Global, session.ServerAddress);
        Assert.False(session.VerifySsl);
    }

    [Fact]
    public async Task Client_uses_cloud_json_when_options_have_no_credentials()
    {
        await using var server = await RecordingServer.StartAsync();
        new CloudConfigFile(ConfigPath, _ => null).Save(new TileDbCloudSession { ServerAddress = server.BaseAddress, ApiToken = "from-file" });
        using var client = TileDbCloudClient.Create(new TileDbCloudOptions(), configFile: new CloudConfigFile(ConfigPath, _ => null));

        await client.Users.GetProfileAsync();

        Assert.Equal("from-file", server.OnlyRequest().Header("X-TILEDB-REST-API-KEY"));
    }

    [Fact]
    public async Task Nothing_configured_gives_a_log_in_first_error()
    {
        using var client = TileDbCloudClient.Create(new TileDbCloudOptions(), configFile: new CloudConfigFile(ConfigPath, _ => null));

        var ex = await Assert.ThrowsAsync<TileDbCloudException>(() => client.Users.GetProfileAsync());

        Assert.Contains("You must first login", ex.Message, StringComparison.Ordinal);
        Assert.Null(ex.StatusCode);
    }

    [Fact]
    public async Task Token_and_basic_auth_are_both_sent_when_both_are_configured()
    {
        await using var server = await RecordingServer.StartAsync();
        using var client = TestClients.Create(server, configure: o => { o.Username = "u"; o.Password = "p"; });

        await client.Users.GetProfileAsync();

        Assert.Equal(TestClients.Token, server.OnlyRequest().Header("X-TILEDB-REST-API-KEY"));
        Assert.StartsWith("Basic ", server.OnlyRequest().Header("Authorization"), StringComparison.Ordinal);
    }

    [Fact]
    public void Core_config_uses_token_or_basic_and_rejects_reserved_keys()
    {
        var token = new TileDbCloudSession { ServerAddress = TileDbRegions.UsEast1, ApiToken = "t" };
        var basic = token with { Username = "u", Password = "p" };

        Assert.Equal(
            new Dictionary<string, string> { ["rest.server_address"] = TileDbRegions.UsEast1, ["rest.token"] = "t", ["sm.x"] = "1" },
            TileDbCoreConfig.ToDictionary(token, new Dictionary<string, string> { ["sm.x"] = "1" }));
        var dict = TileDbCoreConfig.ToDictionary(basic);
        Assert.Equal("u", dict["rest.username"]);
        Assert.False(dict.ContainsKey("rest.token"));
        Assert.Throws<ArgumentException>(() => TileDbCoreConfig.ToDictionary(token, new Dictionary<string, string> { ["rest.server_address"] = "x" }));
        Assert.Equal("rest.server_address " + TileDbRegions.UsEast1 + "\nrest.token t\n", TileDbCoreConfig.ToConfigFileText(token));
    }

    [Fact]
    public void Secrets_never_appear_in_to_string()
    {
        var session = new TileDbCloudSession { ApiToken = "tok-XYZ", Username = "u", Password = "pw-XYZ" };
        var options = new TileDbCloudOptions { ApiToken = "tok-XYZ", Password = "pw-XYZ", Username = "u" };
        var token = new SessionToken { Token = "tok-XYZ" };
        foreach (var text in new[] { session.ToString(), options.ToString(), token.ToString() })
        {
            Assert.DoesNotContain("XYZ", text, StringComparison.Ordinal);
        }
    }
}
