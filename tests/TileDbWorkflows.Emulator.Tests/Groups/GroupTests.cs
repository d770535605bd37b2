using System.Net;
using TileDbWorkflows.Emulator.Tests.Support;

namespace TileDbWorkflows.Emulator.Tests.Groups;

public sealed class GroupTests
{
    [Fact]
    public async Task Create_add_members_read_contents_and_info()
    {
        await using var emu = await Emulators.StartAsync();
        using var alice = emu.CreateClient("alice-token");
        await alice.RegisterAsync("alice", "arr1");
        await alice.RegisterAsync("alice", "arr2");
        var (status, created, _) = await alice.SendAsync(HttpMethod.Post, "/v2/groups/alice", new { group_details = new { name = "g", uri = "s3://b/g" } });
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("tiledb://alice/g", created.GetProperty("tiledb_uri").GetString());
        await alice.ExpectAsync(HttpMethod.Put, "/v2/groups/alice", HttpStatusCode.Created, new { group_details = new { name = "child", uri = "s3://b/child", parent = "tiledb://alice/g" } });
        await alice.ExpectAsync(HttpMethod.Patch, "/v2/groups/alice/g", HttpStatusCode.NoContent, new
        {
            group_changes = new { members_to_add = new[] { new { name = "arr1", uri = "tiledb://alice/arr1", type = "ARRAY" }, new { name = "arr2", uri = "tiledb://alice/arr2", type = "ARRAY" } } },
        });

        var info = await alice.GetOkAsync("/v1/groups/alice/g");
        Assert.Equal(2, info.GetProperty("asset_count").GetInt32());
        Assert.Equal(1, info.GetProperty("group_count").GetInt32());
        Assert.Equal(3, info.GetProperty("size").GetInt32());

        var contents = await alice.GetOkAsync("/v1/groups/alice/g/contents?namespace=alice&per_page=2&member_type=array");
        Assert.Equal(2, contents.GetProperty("pagination_metadata").GetProperty("total_items").GetInt32());
        Assert.All(contents.GetProperty("entries").EnumerateArray(), e => Assert.True(e.TryGetProperty("array", out _)));

        await alice.ExpectAsync(HttpMethod.Options, "/v2/groups/alice/g", HttpStatusCode.NoContent);
        await alice.ExpectAsync(HttpMethod.Options, "/v2/groups/alice/nope", HttpStatusCode.NotFound);
        await alice.ExpectAsync(HttpMethod.Post, "/v2/groups/alice", HttpStatusCode.Conflict, new { group_details = new { name = "g" } });
        Assert.Equal(["child"], (await alice.GetOkAsync($"/v1/groups/browser/owned?parent={info.GetProperty("id").GetString()}")).GetProperty("groups").Names());
        Assert.Equal(["g"], (await alice.GetOkAsync("/v1/groups/browser/owned?flat=False")).GetProperty("groups").Names());
    }

    [Fact]
    public async Task Group_share_shows_in_shared_listing_and_reaches_member_arrays()
    {
        await using var emu = await Emulators.StartAsync();
        using var alice = emu.CreateClient("alice-token");
        using var bob = emu.CreateClient("bob-token");
        await alice.RegisterAsync("alice", "inside");
        await alice.ExpectAsync(HttpMethod.Post, "/v2/groups/alice", HttpStatusCode.Created, new { group_details = new { name = "team" } });
        await alice.ExpectAsync(HttpMethod.Patch, "/v2/groups/alice/team", HttpStatusCode.NoContent, new
        {
            group_changes = new { members_to_add = new[] { new { name = "inside", uri = "tiledb://alice/inside", type = "ARRAY" } } },
        });
        Assert.Empty((await bob.GetOkAsync("/v1/groups/browser/shared")).GetProperty("groups").EnumerateArray());
        await bob.ExpectAsync(HttpMethod.Get, "/v1/groups/alice/team", HttpStatusCode.NotFound);

        await alice.ExpectAsync(HttpMethod.Patch, "/v1/groups/alice/team/share", HttpStatusCode.NoContent, new { @namespace = "bob", group_actions = new[] { "read" }, array_actions = new[] { "read" } });
        Assert.Equal(["team"], (await bob.GetOkAsync("/v1/groups/browser/shared")).GetProperty("groups").Names());
        await bob.GetOkAsync("/v1/arrays/alice/inside/metadata");
        Assert.Equal("bob", (await alice.GetOkAsync("/v1/groups/alice/team/share"))[0].GetProperty("namespace").GetString());
        await bob.ExpectAsync(HttpMethod.Patch, "/v1/groups/alice/team/share", HttpStatusCode.Forbidden, new { @namespace = "carol", group_actions = new[] { "read" }, array_actions = new[] { "read" } });
    }

    [Fact]
    public async Task Recursive_deregister_removes_members_but_keeps_storage()
    {
        await using var emu = await Emulators.StartAsync();
        using var alice = emu.CreateClient("alice-token");
        await alice.RegisterAsync("alice", "m", "s3://b/m");
        await alice.ExpectAsync(HttpMethod.Post, "/v2/groups/alice", HttpStatusCode.Created, new { group_details = new { name = "top", uri = "s3://b/top" } });
        await alice.ExpectAsync(HttpMethod.Patch, "/v2/groups/alice/top", HttpStatusCode.NoContent, new
        {
            group_changes = new { members_to_add = new[] { new { name = "m", uri = "tiledb://alice/m", type = "ARRAY" } } },
        });
        await alice.ExpectAsync(HttpMethod.Delete, "/v2/groups/alice/top?recursive=true", HttpStatusCode.OK);
        await alice.ExpectAsync(HttpMethod.Get, "/v1/groups/alice/top", HttpStatusCode.NotFound);
        await alice.ExpectAsync(HttpMethod.Get, "/v1/arrays/alice/m/metadata", HttpStatusCode.NotFound);
        var storage = (await emu.Admin.GetStateAsync()).GetProperty("storage").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.Contains("s3://b/top", storage);
        Assert.Contains("s3://b/m", storage);
    }

    [Fact]
    public async Task Public_group_is_listed_for_everyone()
    {
        await using var emu = await Emulators.StartAsync();
        using var carol = emu.CreateClient("carol-token");
        var groups = await carol.GetOkAsync("/v1/groups/browser/public?namespace=tiledb-inc&per_page=3&page=1");
        Assert.Equal(["quickstart"], groups.GetProperty("groups").Names());
        var contents = await carol.GetOkAsync("/v1/groups/TileDB-Inc/quickstart/contents");
        Assert.Equal(2, contents.GetProperty("entries").GetArrayLength());
    }
}
