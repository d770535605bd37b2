using Azure.Core;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace TileDbWorkflows.Storage.Connections;

/// <summary>
/// One storage account as a named connection resolved it (<see cref="StorageConnectionResolver"/>): either a connection
/// string (Azurite, local runs; it carries its own key or SAS) or service endpoints with a <see cref="TokenCredential"/>
/// (identity-based, as deployed: no key anywhere). Every storage client of both hosts is created here or from these
/// values, so the two forms behave the same for every use.
/// </summary>
public sealed class StorageConnection
{
    private readonly Action<ClientOptions> configureClient;

    internal StorageConnection(string name, string connectionString, Action<ClientOptions> configureClient)
    {
        Name = name;
        ConnectionString = connectionString;
        this.configureClient = configureClient;
    }

    internal StorageConnection(
        string name, Uri? blobServiceUri, Uri? queueServiceUri, Uri? tableServiceUri, TokenCredential credential, Action<ClientOptions> configureClient)
    {
        Name = name;
        BlobServiceUri = blobServiceUri;
        QueueServiceUri = queueServiceUri;
        TableServiceUri = tableServiceUri;
        Credential = credential;
        this.configureClient = configureClient;
    }

    /// <summary>The setting name it came from (<c>AzureWebJobsStorage</c>, ...); never the value, which may hold a key.</summary>
    public string Name { get; }

    /// <summary>Set for a connection string, null when identity-based.</summary>
    public string? ConnectionString { get; }

    public Uri? BlobServiceUri { get; }

    public Uri? QueueServiceUri { get; }

    public Uri? TableServiceUri { get; }

    /// <summary>Set when identity-based; the storage SDKs ask it for tokens of audience <c>https://storage.azure.com</c>.</summary>
    public TokenCredential? Credential { get; }

    public bool IsIdentityBased => Credential is not null;

    /// <summary>Applies what the host set for every storage client (tests: a transport trusting their own certificate).</summary>
    public TOptions Configure<TOptions>(TOptions options)
        where TOptions : ClientOptions
    {
        ArgumentNullException.ThrowIfNull(options);
        configureClient(options);
        return options;
    }

    public BlobServiceClient CreateBlobServiceClient(BlobClientOptions? options = null)
    {
        options = Configure(options ?? new BlobClientOptions());
        return ConnectionString is not null
            ? new BlobServiceClient(ConnectionString, options)
            : new BlobServiceClient(Require(BlobServiceUri, "blobServiceUri"), Credential, options);
    }

    public QueueServiceClient CreateQueueServiceClient(QueueClientOptions? options = null)
    {
        options = Configure(options ?? new QueueClientOptions());
        return ConnectionString is not null
            ? new QueueServiceClient(ConnectionString, options)
            : new QueueServiceClient(Require(QueueServiceUri, "queueServiceUri"), Credential, options);
    }

    public QueueClient CreateQueueClient(string queueName, QueueClientOptions? options = null) =>
        CreateQueueServiceClient(options).GetQueueClient(queueName);

    public BlobContainerClient CreateBlobContainerClient(string containerName, BlobClientOptions? options = null) =>
        CreateBlobServiceClient(options).GetBlobContainerClient(containerName);

    /// <summary>The endpoint of a service this identity-based connection names, or a start-up error naming the setting.</summary>
    public Uri Require(Uri? serviceUri, string setting) =>
        serviceUri ?? throw new InvalidOperationException(
            $"'{Name}' is identity-based but names no endpoint for this use: set '{Name}__accountName' or '{Name}__{setting}'.");

    public override string ToString() => IsIdentityBased ? $"{Name} (identity-based, {BlobServiceUri?.Host})" : $"{Name} (connection string)";
}
