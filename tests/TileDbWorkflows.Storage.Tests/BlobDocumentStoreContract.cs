using TileDbWorkflows.Testing.Azurite;
using TileDbWorkflows.Workflows.Storage;

namespace TileDbWorkflows.Storage.Tests;

/// <summary>What every <see cref="IBlobDocumentStore"/> does alike: the in-memory store must answer as Azure does.</summary>
public abstract class BlobDocumentStoreContract
{
    protected abstract IBlobDocumentStore Store { get; }

    [Fact]
    public async Task Written_documents_read_back_and_list_by_prefix_in_ordinal_order()
    {
        var container = AzuriteFixture.UniqueName("c");
        foreach (var name in new[] { "b.json", "a/2.json", "a/10.json", "B.json" })
        {
            await Store.WriteTextAsync(container, name, $"{{\"name\":\"{name}\"}}", new BlobDocumentWriteOptions { ContentType = "application/json" });
        }

        Assert.Equal(["B.json", "a/10.json", "a/2.json", "b.json"], await Store.ListNamesAsync(container).ToArrayAsync());
        Assert.Equal(["a/10.json", "a/2.json"], await Store.ListNamesAsync(container, "a/").ToArrayAsync());
        Assert.Equal("{\"name\":\"a/2.json\"}", await Store.ReadTextAsync(container, "a/2.json"));
    }

    [Fact]
    public async Task A_missing_container_is_refused_on_listing_and_a_missing_document_reads_as_null()
    {
        var container = AzuriteFixture.UniqueName("c");

        var refused = await Assert.ThrowsAsync<BlobContainerNotFoundException>(async () => await Store.ListNamesAsync(container).ToArrayAsync());
        Assert.Equal(container, refused.Container);
        Assert.Null(await Store.ReadTextAsync(container, "none.json"));
        await Store.WriteTextAsync(container, "one.json", "1");
        Assert.Null(await Store.ReadBytesAsync(container, "none.json"));
    }

    [Fact]
    public async Task Writes_overwrite_unless_told_to_keep_what_is_there()
    {
        var container = AzuriteFixture.UniqueName("c");

        var first = await Store.WriteTextAsync(container, "r.json", "first");
        var second = await Store.WriteTextAsync(container, "r.json", "second");
        var kept = await Store.WriteTextAsync(container, "r.json", "third", new BlobDocumentWriteOptions { Overwrite = false });
        var created = await Store.WriteTextAsync(container, "new.json", "new", new BlobDocumentWriteOptions { Overwrite = false });

        Assert.True(first.Written);
        Assert.True(second.Written);
        Assert.False(kept.Written);
        Assert.True(created.Written);
        Assert.Equal(first.Address, kept.Address);
        Assert.EndsWith($"{container}/r.json", first.Address, StringComparison.Ordinal);
        Assert.Equal("second", await Store.ReadTextAsync(container, "r.json"));
        Assert.Equal("new", await Store.ReadTextAsync(container, "new.json"));
    }
}
