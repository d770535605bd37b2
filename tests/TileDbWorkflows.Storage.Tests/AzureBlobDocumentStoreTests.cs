using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TileDbWorkflows.Storage.AzureBlob;
using TileDbWorkflows.Testing.Azurite;
using TileDbWorkflows.Workflows;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Storage;

namespace TileDbWorkflows.Storage.Tests;

/// <summary>The Azure store on Azurite, built the way the hosts build it: from the settings, through the client factory.</summary>
[Collection(AzuriteFixture.Collection)]
public sealed class AzureBlobDocumentStoreTests(AzuriteFixture azurite) : BlobDocumentStoreContract
{
    protected override IBlobDocumentStore Store => StoreFrom(new() { ["AzureWebJobsStorage"] = azurite.ConnectionString });

    private static IBlobDocumentStore StoreFrom(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddTileDbWorkflows(configuration).AddTileDbWorkflowsStorage(configuration).BuildServiceProvider();
        return services.GetRequiredService<IBlobDocumentStore>();
    }

    [Fact]
    public void The_hosts_get_the_Azure_store()
    {
        Assert.IsType<AzureBlobDocumentStore>(Store);
    }

    [Fact]
    public async Task The_sweep_connection_settings_still_choose_the_account()
    {
        var container = AzuriteFixture.UniqueName("c");
        var named = StoreFrom(new() { ["Sweep:ConnectionName"] = "Blobs", ["ConnectionStrings:Blobs"] = azurite.ConnectionString });
        var explicitly = StoreFrom(new() { ["Sweep:ConnectionString"] = azurite.ConnectionString, ["AzureWebJobsStorage"] = "not a connection string" });

        await named.WriteTextAsync(container, "x.json", "x");

        Assert.Equal("x", await explicitly.ReadTextAsync(container, "x.json"));
    }

    [Fact]
    public async Task Without_a_connection_the_first_use_fails_the_workflow_naming_the_setting()
    {
        var store = StoreFrom([]);

        var failed = await Assert.ThrowsAsync<WorkflowFailedException>(async () => await store.ListNamesAsync("manifests").ToArrayAsync());

        Assert.Contains("'AzureWebJobsStorage'", failed.Message, StringComparison.Ordinal);
    }
}
