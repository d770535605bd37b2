using TileDbWorkflows.Storage.InMemory;
using TileDbWorkflows.Workflows.Storage;

namespace TileDbWorkflows.Storage.Tests;

public sealed class InMemoryBlobDocumentStoreTests : BlobDocumentStoreContract
{
    protected override IBlobDocumentStore Store { get; } = new InMemoryBlobDocumentStore();

    [Fact]
    public async Task A_created_container_lists_empty()
    {
        var store = new InMemoryBlobDocumentStore();
        store.CreateContainer("manifests");

        Assert.Empty(await store.ListNamesAsync("manifests").ToArrayAsync());
    }
}
