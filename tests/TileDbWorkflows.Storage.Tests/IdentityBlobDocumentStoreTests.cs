using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TileDbWorkflows.Storage.Connections;
using TileDbWorkflows.Testing.Azurite;
using TileDbWorkflows.Workflows;
using TileDbWorkflows.Workflows.Storage;

namespace TileDbWorkflows.Storage.Tests;

/// <summary>
/// The same contract as <see cref="AzureBlobDocumentStoreTests"/> with identity-based settings only
/// (<c>AzureWebJobsStorage__blobServiceUri</c>, <c>__credential=managedidentity</c>): Azurite over HTTPS with
/// <c>--oauth basic</c>, a token credential in place of the managed identity, no key.
/// </summary>
public sealed class IdentityBlobDocumentStoreTests : BlobDocumentStoreContract, IAsyncLifetime
{
    private readonly FakeStorageTokenCredential credential = AzuriteOAuth.NewCredential();
    private AzuriteOAuth azurite = null!;
    private ServiceProvider? services;

    protected override IBlobDocumentStore Store => services!.GetRequiredService<IBlobDocumentStore>();

    public async Task InitializeAsync()
    {
        azurite = await AzuriteOAuth.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(azurite.IdentitySettings("AzureWebJobsStorage")).Build();
        services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(new StorageClientOverrides { Credential = credential, Transport = azurite.Transport })
            .AddTileDbWorkflows(configuration)
            .AddTileDbWorkflowsStorage(configuration)
            .BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }
        await azurite.DisposeAsync();
    }

    [Fact]
    public async Task Every_call_authenticates_with_a_storage_token()
    {
        await Store.WriteTextAsync("identity", "a.json", "{}");

        Assert.Equal("{}", await Store.ReadTextAsync("identity", "a.json"));
        Assert.True(credential.RequestsByScope.ContainsKey("https://storage.azure.com/.default"));
    }
}
