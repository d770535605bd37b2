using System.Collections.Concurrent;
using Azure.Core;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;

namespace TileDbWorkflows.Storage.Connections;

/// <summary>
/// The one place a storage connection name becomes a <see cref="StorageConnection"/>, with the Azure Functions setting
/// conventions, so the Functions host, the worker, and every use in them (task hub, queue listener, schedule claims,
/// payload/manifest/report blobs, the readiness probe) accept the same settings:
/// <list type="bullet">
/// <item><c>NAME</c> (or <c>ConnectionStrings:NAME</c>): a connection string. Azurite and local runs.</item>
/// <item><c>NAME__accountName</c>: the account's public endpoints (<c>https://ACCOUNT.blob|queue|table.core.windows.net</c>),
/// identity-based.</item>
/// <item><c>NAME__blobServiceUri</c> / <c>__queueServiceUri</c> / <c>__tableServiceUri</c> (and Functions' older
/// <c>__serviceUri</c> for blobs): explicit endpoints (sovereign clouds, private endpoints, the emulator), each winning over
/// the one derived from <c>accountName</c>.</item>
/// <item><c>NAME__credential</c> (<c>managedidentity</c>, ...), <c>NAME__clientId</c> and the rest of the credential keys
/// Microsoft.Extensions.Azure reads: the <see cref="TokenCredential"/> (a user-assigned identity with <c>clientId</c>;
/// without <c>credential</c>, <c>DefaultAzureCredential</c>).</item>
/// </list>
/// </summary>
public sealed class StorageConnectionResolver(IConfiguration configuration, AzureComponentFactory factory, StorageClientOverrides? overrides = null)
{
    private static readonly string[] EndpointKeys = ["accountName", "blobServiceUri", "serviceUri", "queueServiceUri", "tableServiceUri"];

    private readonly ConcurrentDictionary<string, StorageConnection?> resolved = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether <paramref name="name"/> (or <paramref name="connectionString"/>) is set in either form, reading only
    /// configuration: hosts decide with it, before their services exist, whether to start a storage trigger at all.
    /// </summary>
    public static bool IsConfigured(IConfiguration configuration, string name, string? connectionString = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrEmpty(name);
        return !string.IsNullOrWhiteSpace(connectionString)
            || ConnectionStringOf(configuration, name) is not null
            || HasEndpoint(configuration.GetSection(name));
    }

    /// <summary>The connection named <paramref name="name"/>, or null when it is not set in either form.</summary>
    /// <param name="name">The setting name (<c>AzureWebJobsStorage</c>, or whatever a <c>...:Connection</c> setting names).</param>
    /// <param name="connectionString">An explicit connection string of this use (<c>Durable:ConnectionString</c>, ...); wins when set.</param>
    public StorageConnection? TryResolve(string name, string? connectionString = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new StorageConnection(name, connectionString, Configure);
        }
        return resolved.GetOrAdd(name, Create);
    }

    /// <summary>As <see cref="TryResolve"/>, failing with the settings to set when neither form is.</summary>
    public StorageConnection Resolve(string name, string? connectionString = null) =>
        TryResolve(name, connectionString) ?? throw new InvalidOperationException(MissingMessage(name));

    /// <summary>Words naming the settings that would configure <paramref name="name"/>; no values.</summary>
    public static string MissingMessage(string name) =>
        $"No storage connection '{name}': set '{name}' to a connection string, or '{name}__accountName' (or '{name}__blobServiceUri', "
        + $"'{name}__queueServiceUri', '{name}__tableServiceUri') with '{name}__credential=managedidentity' and '{name}__clientId'.";

    private StorageConnection? Create(string name)
    {
        if (ConnectionStringOf(configuration, name) is { } connectionString)
        {
            return new StorageConnection(name, connectionString, Configure);
        }
        var section = configuration.GetSection(name);
        if (!HasEndpoint(section))
        {
            return null;
        }
        var account = section["accountName"];
        var credential = overrides?.Credential ?? factory.CreateTokenCredential(section);
        return new StorageConnection(
            name,
            Endpoint(section["blobServiceUri"] ?? section["serviceUri"], account, "blob"),
            Endpoint(section["queueServiceUri"], account, "queue"),
            Endpoint(section["tableServiceUri"], account, "table"),
            credential,
            Configure);
    }

    private void Configure(ClientOptions options)
    {
        if (overrides?.Transport is { } transport)
        {
            options.Transport = transport;
        }
    }

    private static string? ConnectionStringOf(IConfiguration configuration, string name) =>
        (configuration[name] ?? configuration.GetConnectionString(name)) is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;

    private static bool HasEndpoint(IConfigurationSection section) =>
        EndpointKeys.Any(key => !string.IsNullOrWhiteSpace(section[key]));

    private static Uri? Endpoint(string? explicitUri, string? account, string service) =>
        !string.IsNullOrWhiteSpace(explicitUri) ? new Uri(explicitUri)
        : !string.IsNullOrWhiteSpace(account) ? new Uri($"https://{account}.{service}.core.windows.net")
        : null;
}
