using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Cloud.Groups;
using TileDbWorkflows.Emulator.Tests.Support;

namespace TileDbWorkflows.Emulator.Tests.Contract;

public sealed class GroupsContractTests
{
    [Fact]
    public async Task Create_register_members_contents_share_and_deregister()
    {
        await using var emu = await Emulators.StartAsync();
        using var alice = ContractClient.Create(emu, "alice-token");
        using var bob = ContractClient.Create(emu, "bob-token");
        var created = await alice.Groups.CreateAsync(new GroupCreateRequest { Name = "parent", Description = "p", Tags = ["t"] });
        Assert.Equal("tiledb://alice/parent", created.TiledbUri);
        var parent = new TileDbUri("alice", "parent");
        var child = await alice.Groups.RegisterAsync(new GroupRegistration { StorageUri = "s3://b/child", Name = "child", Namespace = "alice", ParentUri = parent });
        Assert.Equal(new TileDbUri("alice", "child"), child);
        await alice.Arrays.RegisterAsync(new ArrayRegistration { StorageUri = "s3://b/member", Namespace = "alice" });
        await alice.Groups.AddMemberAsync(parent, new TileDbUri("alice", "member"), GroupMemberType.Array, "member");

        var info = await alice.Groups.GetInfoAsync(parent);
        Assert.Equal(1, info.AssetCount);
        Assert.Equal(1, info.GroupCount);
        Assert.Equal(GroupType.Generic, info.GroupType);
        Assert.Equal("s3://emulator/alice/groups/parent", info.Uri);

        var arrays = await alice.Groups.GetContentsAsync(parent, new GroupContentsFilter { MemberTypes = [GroupMemberType.Array] });
        Assert.Equal("member", Assert.Single(arrays.Items).Array?.Name);
        var everything = new List<GroupEntry>();
        await foreach (var e in alice.Groups.GetAllContentsAsync(parent, new GroupContentsFilter { PerPage = 1 }))
        {
            everything.Add(e);
        }

        Assert.Equal(2, everything.Count);
        await alice.Groups.UpdateInfoAsync(parent, new GroupUpdate { Description = "new" });
        Assert.Equal("new", (await alice.Groups.GetInfoAsync(parent)).Description);

        await alice.Groups.ShareAsync(parent, "bob", [GroupAction.Read], [ArrayAction.Read]);
        Assert.Equal("bob", Assert.Single(await alice.Groups.ListSharedWithAsync(parent)).Namespace);
        Assert.Equal("parent", Assert.Single((await bob.Groups.ListAsync(ListScope.Shared)).Items).Name);
        await bob.Arrays.GetInfoAsync(new TileDbUri("alice", "member"));
        await alice.Groups.UnshareAsync(parent, "bob");
        Assert.Empty((await bob.Groups.ListAsync(ListScope.Shared)).Items);

        var owned = new List<string>();
        await foreach (var g in alice.Groups.ListAllAsync(ListScope.Owned, new GroupListFilter { PerPage = 1 }))
        {
            owned.Add(g.Name!);
        }

        Assert.Equal(["child", "parent"], owned);
        Assert.Equal("quickstart", Assert.Single((await alice.Groups.ListAsync(ListScope.Public)).Items).Name);

        await alice.Groups.DeregisterAsync(parent, recursive: true);
        Assert.Empty((await alice.Groups.ListAsync(ListScope.Owned)).Items);
        Assert.True((await Assert.ThrowsAsync<TileDbCloudException>(() => alice.Arrays.GetInfoAsync(new TileDbUri("alice", "member")))).IsNotFound);
        var storage = (await emu.Admin.GetStateAsync()).GetProperty("storage").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.Contains("s3://b/child", storage);

        await alice.Groups.CreateAsync(new GroupCreateRequest { Name = "gone", StorageUri = "s3://b/gone", Namespace = "alice", CredentialsName = "creds" });
        await alice.Groups.DeleteAsync(new TileDbUri("alice", "gone"));
        Assert.DoesNotContain("s3://b/gone", (await emu.Admin.GetStateAsync()).GetProperty("storage").EnumerateArray().Select(s => s.GetString()));
    }
}
