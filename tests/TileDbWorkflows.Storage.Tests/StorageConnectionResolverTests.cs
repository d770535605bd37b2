using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TileDbWorkflows.Storage.Connections;

namespace TileDbWorkflows.Storage.Tests;

/// <summary>The Functions setting conventions, as the one resolver reads them.</summary>
public sealed class StorageConnectionResolverTests
{
    private static StorageConnectionResolver Resolver(Dictionary<string, string?> settings, out IConfiguration configuration)
    {
        configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton(configuration).AddStorageConnections().BuildServiceProvider();
        return services.GetRequiredService<StorageConnectionResolver>();
    }

    [Fact]
    public void A_connection_string_is_used_as_it_is()
    {
        var connection = Resolver(new() { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" }, out _).Resolve("AzureWebJobsStorage");

        Assert.Equal("UseDevelopmentStorage=true", connection.ConnectionString);
        Assert.False(connection.IsIdentityBased);
    }

    [Fact]
    public void An_account_name_gives_the_public_endpoints_and_the_user_assigned_managed_identity()
    {
        var settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage:accountName"] = "acct",
            ["AzureWebJobsStorage:credential"] = "managedidentity",
            ["AzureWebJobsStorage:clientId"] = "11111111-2222-3333-4444-555555555555",
        };
        var resolver = Resolver(settings, out var configuration);

        var connection = resolver.Resolve("AzureWebJobsStorage");

        Assert.True(StorageConnectionResolver.IsConfigured(configuration, "AzureWebJobsStorage"));
        Assert.Null(connection.ConnectionString);
        Assert.Equal(new Uri("https://acct.blob.core.windows.net"), connection.BlobServiceUri);
        Assert.Equal(new Uri("https://acct.queue.core.windows.net"), connection.QueueServiceUri);
        Assert.Equal(new Uri("https://acct.table.core.windows.net"), connection.TableServiceUri);
        Assert.IsType<ManagedIdentityCredential>(connection.Credential);
        Assert.Same(connection, resolver.Resolve("AzureWebJobsStorage")); // One credential per connection, shared by its clients.
    }

    [Fact]
    public void Service_uris_win_over_the_account_name_and_other_names_take_the_same_shape()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Claims:accountName"] = "acct",
            ["Claims:blobServiceUri"] = "https://private.example.net/",
            ["Claims:credential"] = "managedidentity",
        };

        var connection = Resolver(settings, out _).Resolve("Claims");

        Assert.Equal(new Uri("https://private.example.net/"), connection.BlobServiceUri);
        Assert.Equal(new Uri("https://acct.queue.core.windows.net"), connection.QueueServiceUri);
    }

    [Fact]
    public void An_explicit_connection_string_wins_and_a_missing_connection_names_its_settings()
    {
        var resolver = Resolver(new() { ["AzureWebJobsStorage:accountName"] = "acct" }, out var configuration);

        Assert.Equal("UseDevelopmentStorage=true", resolver.Resolve("AzureWebJobsStorage", "UseDevelopmentStorage=true").ConnectionString);
        Assert.Null(resolver.TryResolve("Other"));
        Assert.False(StorageConnectionResolver.IsConfigured(configuration, "Other"));
        var error = Assert.Throws<InvalidOperationException>(() => resolver.Resolve("Other"));
        Assert.Contains("Other__accountName", error.Message, StringComparison.Ordinal);
        Assert.Contains("Other__credential=managedidentity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_identity_based_connection_without_the_endpoint_a_use_needs_says_which_setting_is_missing()
    {
        var connection = Resolver(new() { ["Blobs:blobServiceUri"] = "https://acct.blob.core.windows.net" }, out _).Resolve("Blobs");

        var error = Assert.Throws<InvalidOperationException>(() => connection.CreateQueueServiceClient());
        Assert.Contains("Blobs__queueServiceUri", error.Message, StringComparison.Ordinal);
    }
}
