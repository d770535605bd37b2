using System.Net;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Emulator.Tests.Support;

namespace TileDbWorkflows.Emulator.Tests.Contract;

public sealed class ArraysContractTests
{
    [Fact]
    public async Task Register_info_update_share_activity_deregister()
    {
        await using var emu = await Emulators.StartAsync();
        using var alice = ContractClient.Create(emu, "alice-token");
        using var bob = ContractClient.Create(emu, "bob-token");
        var registered = await alice.Arrays.RegisterAsync(new ArrayRegistration { StorageUri = "s3://bucket/dir/contract_array", Description = "c" });
        Assert.Equal("contract_array", registered.Name);
        Assert.Equal("alice", registered.Namespace);
        Assert.Equal("s3://bucket/dir/contract_array", registered.Uri);
        var uri = new TileDbUri("alice", "contract_array");

        await alice.Arrays.UpdateInfoAsync(uri, new ArrayInfoUpdate { Description = "updated", Tags = ["x"] });
        var info = await alice.Arrays.GetInfoAsync(uri);
        Assert.Equal("updated", info.Description);
        Assert.Equal(["x"], info.Tags);
        Assert.Contains(ArrayAction.Write, info.AllowedActions);

        var notShared = await bob.Arrays.ListAsync(ListScope.Shared);
        Assert.Empty(notShared.Items);
        await alice.Arrays.ShareAsync(uri, "bob", [ArrayAction.Read, ArrayAction.Write]);
        var shared = await alice.Arrays.ListSharedWithAsync(uri);
        Assert.Equal([ArrayAction.Read, ArrayAction.Write], Assert.Single(shared).Actions);
        Assert.Equal("contract_array", Assert.Single((await bob.Arrays.ListAsync(ListScope.Shared)).Items).Name);
        await alice.Arrays.UnshareAsync(uri, "bob");
        var hidden = await Assert.ThrowsAsync<TileDbCloudException>(() => bob.Arrays.GetInfoAsync(uri));
        Assert.True(hidden.IsNotFound);

        var activity = await alice.Arrays.GetActivityAsync(uri);
        Assert.Equal(4, activity.Count);
        Assert.Equal(ActivityEventType.Register, activity[^1].Action);

        await alice.Arrays.DeregisterAsync(uri);
        Assert.True((await Assert.ThrowsAsync<TileDbCloudException>(() => alice.Arrays.GetInfoAsync(uri))).IsNotFound);
        var conflict = await alice.Arrays.RegisterAsync(new ArrayRegistration { StorageUri = "s3://bucket/dir/contract_array", Namespace = "alice" });
        Assert.Equal("contract_array", conflict.Name);
        var dup = await Assert.ThrowsAsync<TileDbCloudException>(() => alice.Arrays.RegisterAsync(new ArrayRegistration { StorageUri = "s3://other/contract_array", Namespace = "alice" }));
        Assert.Equal(HttpStatusCode.Conflict, dup.StatusCode);
        await alice.Arrays.DeleteAsync(uri);
    }

    [Fact]
    public async Task Listing_pages_through_everything_and_filters()
    {
        await using var emu = await Emulators.StartAsync();
        using var alice = ContractClient.Create(emu, "alice-token");
        for (var i = 0; i < 5; i++)
        {
            await alice.Arrays.RegisterAsync(new ArrayRegistration { StorageUri = $"s3://b/p{i}", Namespace = "alice" });
        }

        var page = await alice.Arrays.ListAsync(ListScope.Owned, new ArrayListFilter { Page = 2, PerPage = 2 });
        Assert.Equal(["p2", "p3"], page.Items.Select(a => a.Name));
        Assert.Equal(3, page.Pagination!.TotalPages);
        Assert.True(page.HasMorePages);
        var all = new List<string>();
        await foreach (var a in alice.Arrays.ListAllAsync(ListScope.Owned, new ArrayListFilter { PerPage = 2 }))
        {
            all.Add(a.Name!);
        }

        Assert.Equal(["p0", "p1", "p2", "p3", "p4"], all);
        var pub = await alice.Arrays.ListAsync(ListScope.Public, new ArrayListFilter { Namespace = "TileDB-Inc", Tags = ["dense"], WithMetadata = true });
        var dense = Assert.Single(pub.Items);
        Assert.Equal(ArrayType.Dense, dense.Type);
        Assert.Equal("source", Assert.Single(dense.Metadata).Key);
        Assert.Single((await alice.Arrays.ListAsync(ListScope.Public, new ArrayListFilter { Search = "sparse" })).Items);
    }
}
