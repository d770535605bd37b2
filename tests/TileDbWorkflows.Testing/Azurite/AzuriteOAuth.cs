using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure.Core.Pipeline;

namespace TileDbWorkflows.Testing.Azurite;

/// <summary>
/// Azurite as an identity-based account looks to a client: HTTPS with a self-signed certificate made here, and
/// <c>--oauth basic</c>, so requests carry bearer tokens (the Azure SDKs refuse bearer tokens over plain HTTP).
/// <see cref="Transport"/> trusts that one certificate for the clients given it, and nothing else on the machine does;
/// <see cref="NewCredential"/> gives the well-formed tokens Azurite's basic mode checks (issuer, audience, lifetime; no
/// signature). Dispose stops Azurite and deletes the certificate.
/// </summary>
public sealed class AzuriteOAuth : IAsyncDisposable
{
    private readonly string certificateDirectory;
    private readonly SocketsHttpHandler handler;

    private AzuriteOAuth(AzuriteProcess azurite, string certificateDirectory, string thumbprint)
    {
        Azurite = azurite;
        this.certificateDirectory = certificateDirectory;
        CertificateThumbprint = thumbprint;
        handler = new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                // This certificate only, by its SHA-256 hash; the system trust store is not touched.
                RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                    certificate is not null && string.Equals(certificate.GetCertHashString(HashAlgorithmName.SHA256), thumbprint, StringComparison.OrdinalIgnoreCase),
            },
        };
        Transport = new HttpClientTransport(handler);
    }

    public AzuriteProcess Azurite { get; }

    public string CertificateThumbprint { get; }

    /// <summary>For every storage client of the test (blobs, queues, tables, the task hub's).</summary>
    public HttpPipelineTransport Transport { get; }

    /// <summary>One credential per test keeps its counts apart; all accept the same tokens.</summary>
    public static FakeStorageTokenCredential NewCredential() => new();

    /// <summary>
    /// Settings of an identity-based connection named <paramref name="name"/> on this Azurite, in the Functions form
    /// (<c>NAME__blobServiceUri</c> and so on, with <c>__credential=managedidentity</c>): no key anywhere.
    /// </summary>
    public IDictionary<string, string?> IdentitySettings(string name) => new Dictionary<string, string?>
    {
        [$"{name}:blobServiceUri"] = Azurite.BlobEndpoint.ToString(),
        [$"{name}:queueServiceUri"] = Azurite.QueueEndpoint.ToString(),
        [$"{name}:tableServiceUri"] = Azurite.TableEndpoint.ToString(),
        [$"{name}:credential"] = "managedidentity",
        [$"{name}:clientId"] = "00000000-0000-0000-0000-000000000001",
    };

    public static async Task<AzuriteOAuth> StartAsync(CancellationToken cancellationToken = default)
    {
        var directory = Directory.CreateTempSubdirectory("azurite-cert-").FullName;
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        var now = TimeProvider.System.GetUtcNow();
        using var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
        var certPath = Path.Combine(directory, "azurite.pem");
        var keyPath = Path.Combine(directory, "azurite-key.pem");
        await File.WriteAllTextAsync(certPath, certificate.ExportCertificatePem(), cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(keyPath, key.ExportPkcs8PrivateKeyPem(), cancellationToken).ConfigureAwait(false);
        try
        {
            var azurite = await AzuriteProcess.StartAsync(["--oauth", "basic", "--cert", certPath, "--key", keyPath], "https", cancellationToken)
                .ConfigureAwait(false);
            return new AzuriteOAuth(azurite, directory, certificate.GetCertHashString(HashAlgorithmName.SHA256));
        }
        catch
        {
            Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Azurite.DisposeAsync().ConfigureAwait(false);
        handler.Dispose();
        try
        {
            Directory.Delete(certificateDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
    }
}
