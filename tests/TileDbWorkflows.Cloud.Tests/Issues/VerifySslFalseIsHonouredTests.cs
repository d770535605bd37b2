using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using TileDbWorkflows.Cloud.Auth;
using TileDbWorkflows.Cloud.Http;
using TileDbWorkflows.Cloud.Tests.Support;

namespace TileDbWorkflows.Cloud.Tests.Issues;

/// <summary>
/// Gap: <c>verify_ssl: false</c> in cloud.json and <c>TILEDB_REST_IGNORE_SSL_VALIDATION</c> were read into
/// the session but never reached the socket handler, which only looked at the options. The handler now
/// asks the state on each connection, and a warning is logged once when verification is off.
/// </summary>
public sealed class VerifySslFalseIsHonouredTests : IDisposable
{
    private const int TlsOff = 1006;
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "tdbw-tls-" + Guid.NewGuid().ToString("N"));

    private string ConfigPath => Path.Combine(_dir, "cloud.json");

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("false", null, false)]
    [InlineData("true", null, true)]
    [InlineData(null, "true", false)]
    [InlineData(null, null, true)]
    [InlineData("true", "true", true)]
    public void Verify_ssl_flows_from_cloud_json_and_env_to_the_certificate_check(string? fileVerify, string? ignoreEnv, bool expected)
    {
        WriteConfig("https://api.example", fileVerify);
        var env = new Dictionary<string, string> { ["TILEDB_REST_IGNORE_SSL_VALIDATION"] = ignoreEnv ?? "" };
        using var client = TileDbCloudClient.Create(new TileDbCloudOptions(), configFile: new CloudConfigFile(ConfigPath, k => env.GetValueOrDefault(k)));

        Assert.Equal(expected, client.State.VerifySsl);
        Assert.True(client.State.AcceptCertificate(SslPolicyErrors.None));
        Assert.Equal(!expected, client.State.AcceptCertificate(SslPolicyErrors.RemoteCertificateChainErrors | SslPolicyErrors.RemoteCertificateNameMismatch));
    }

    [Fact]
    public void Verify_ssl_false_in_the_options_wins_over_a_verifying_session()
    {
        WriteConfig("https://api.example", "true");
        using var client = TileDbCloudClient.Create(new TileDbCloudOptions { VerifySsl = false }, configFile: new CloudConfigFile(ConfigPath, _ => null));

        Assert.False(client.State.VerifySsl);
    }

    [Fact]
    public async Task A_self_signed_server_is_reached_only_when_cloud_json_turns_verification_off_and_a_warning_is_logged_once()
    {
        using var certificate = SelfSigned();
        await using var server = await RecordingServer.StartAsync(certificate: certificate);
        server.Fallback = _ => ScriptedResponse.Json("""{"username":"alice"}""");
        Assert.StartsWith("https://", server.BaseAddress, StringComparison.Ordinal);
        using var capture = new CapturingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(capture));

        WriteConfig(server.BaseAddress, "false");
        using (var lax = TileDbCloudClient.Create(new TileDbCloudOptions { RetryMode = RetryMode.Disabled }, loggerFactory, configFile: new CloudConfigFile(ConfigPath, _ => null)))
        {
            Assert.Equal("alice", (await lax.Users.GetProfileAsync()).Username);
            Assert.Equal("alice", (await lax.Users.GetProfileAsync()).Username);
        }

        var warning = Assert.Single(capture.WithEvent(TlsOff));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Equal(2, server.Requests.Count);

        WriteConfig(server.BaseAddress, "true");
        using var strict = TileDbCloudClient.Create(new TileDbCloudOptions { RetryMode = RetryMode.Disabled }, configFile: new CloudConfigFile(ConfigPath, _ => null));
        var refused = await Assert.ThrowsAsync<TileDbCloudException>(() => strict.Users.GetProfileAsync());
        Assert.IsType<HttpRequestException>(refused.InnerException);
        // The same certificate fails again: not a fault a retry waits out.
        Assert.Equal(TileDbErrorKind.Unknown, refused.Kind);
        Assert.Equal(2, server.Requests.Count);
    }

    private void WriteConfig(string host, string? verify)
    {
        Directory.CreateDirectory(_dir);
        var verifyField = verify is null ? "" : $", \"verify_ssl\": {verify}";
        File.WriteAllText(ConfigPath, $$"""{"api_key": {"X-TILEDB-REST-API-KEY": "{{TestClients.Token}}"}, "host": "{{host}}"{{verifyField}}}""");
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=tdbw-test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        using var ephemeral = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));

        // Round-trip through PFX so the private key is usable by Kestrel's TLS stack on every platform.
        return X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pfx), null);
    }
}
