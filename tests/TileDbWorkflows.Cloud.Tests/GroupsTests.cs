using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Cloud.Groups;
using TileDbWorkflows.Cloud.Tests.Support;

namespace TileDbWorkflows.Cloud.Tests;

public class GroupsTests
{
    private static readonly TileDbUri Group = TileDbUri.Parse("tiledb://ns/my group");

    [Fact]
    public async Task Create_posts_v2_with_credentials_header_and_adds_to_parent()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Enqueue(ScriptedResponse.Json("""{"id":"g1","name":"child","tiledb_uri":"tiledb://ns/child"}""", 201), ScriptedResponse.Status(204));
        using var client = TestClients.Create(server);

        var created = await client.Groups.CreateAsync(new GroupCreateRequest
        {
            Name = "child",
            Namespace = "ns",
            StorageUri = "s3://b/groups/child",
            CredentialsName = "creds",
            ParentUri = TileDbUri.Parse("tiledb://ns/parent"),
        });

        Assert.Equal("g1", created.Id);
        var create = server.Requests[0];
        Assert.Equal(("POST", "/v2/groups/ns"), (create.Method, create.RawPath));
        Assert.Equal("creds", create.Header("X-TILEDB-CLOUD-ACCESS-CREDENTIALS-NAME"));
        Assert.Equal("""{"group_details":{"name":"child","uri":"s3://b/groups/child"}}""", create.Body);
        var patch = server.Requests[1];
        Assert.Equal(("PATCH", "/v2/groups/ns/parent"), (patch.Method, patch.RawPath));
        Assert.Equal("""{"group_changes":{"members_to_add":[{"name":"child","uri":"tiledb://ns/child","type":"GROUP"}]}}""", patch.Body);
    }

    [Fact]
    public async Task Create_derives_storage_and_credentials_from_the_profile()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Enqueue(
            ScriptedResponse.Json("""{"username":"alice","default_s3_path":"s3://home/","default_s3_path_credentials_name":"dflt","asset_locations":{"groups":{"path":null}}}"""),
            ScriptedResponse.Status(201));
        using var client = TestClients.Create(server);

        await client.Groups.CreateAsync(new GroupCreateRequest { Name = "g" });

        Assert.Equal("/v1/user", server.Requests[0].RawPath);
        Assert.Equal("/v2/groups/alice", server.Requests[1].RawPath);
        Assert.Equal("dflt", server.Requests[1].Header("X-TILEDB-CLOUD-ACCESS-CREDENTIALS-NAME"));
        Assert.Equal("""{"group_details":{"name":"g","uri":"s3://home/groups/g"}}""", server.Requests[1].Body);
    }

    [Fact]
    public async Task Register_puts_v2_and_deregister_uses_lower_case_recursive()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Fallback = _ => ScriptedResponse.Status(201);
        using var client = TestClients.Create(server);

        var uri = await client.Groups.RegisterAsync(new GroupRegistration { StorageUri = "s3://b/g1", Namespace = "ns", CredentialsName = "c" });
        await client.Groups.DeregisterAsync(uri, recursive: true);
        await client.Groups.DeregisterAsync(uri);

        Assert.Equal("tiledb://ns/g1", uri.ToString());
        Assert.Equal(("PUT", "/v2/groups/ns"), (server.Requests[0].Method, server.Requests[0].RawPath));
        Assert.Equal("""{"group_details":{"name":"g1","uri":"s3://b/g1","access_credentials_name":"c"}}""", server.Requests[0].Body);
        Assert.Equal(("DELETE", "/v2/groups/ns/g1", "?recursive=true"), (server.Requests[1].Method, server.Requests[1].RawPath, server.Requests[1].Query));
        Assert.Equal("?recursive=false", server.Requests[2].Query);
    }

    [Fact]
    public async Task Info_contents_and_listing_use_v1_with_filters()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Enqueue(
            ScriptedResponse.Json("""{"name":"my group","group_type":"soma"}"""),
            ScriptedResponse.Json("""{"entries":[{"member_id":"m","array":{"name":"a"}}],"pagination_metadata":null}"""),
            ScriptedResponse.Json("""{"groups":[]}"""));
        using var client = TestClients.Create(server);

        var info = await client.Groups.GetInfoAsync(Group);
        var contents = await client.Groups.GetContentsAsync(Group, new GroupContentsFilter { MemberTypes = [GroupMemberType.Array], Tags = ["t"] });
        await client.Groups.ListAsync(ListScope.Public, new GroupListFilter { Namespace = "TileDB-Inc", GroupType = GroupType.Soma, Tags = ["genomics"], Search = "dragen", PerPage = 3, Page = 2 });

        Assert.Equal(GroupType.Soma, info.GroupType);
        Assert.Equal("/v1/groups/ns/my%20group", server.Requests[0].RawPath);
        Assert.Equal("/v1/groups/ns/my%20group/contents", server.Requests[1].RawPath);
        Assert.Equal("?namespace=ns&tag=t&member_type=array", server.Requests[1].Query);
        Assert.Equal("a", Assert.Single(contents.Items).Array!.Name);
        Assert.Equal("/v1/groups/browser/public", server.Requests[2].RawPath);
        Assert.Equal("?namespace=TileDB-Inc&group_type=soma&tag=genomics&search=dragen&flat=True&page=2&per_page=3", server.Requests[2].Query);
    }

    [Fact]
    public async Task Share_unshare_and_shared_with()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Enqueue(ScriptedResponse.Status(204), ScriptedResponse.Status(204), ScriptedResponse.Json("""[{"namespace":"bob","group_actions":["read"],"array_actions":["read"]}]"""));
        using var client = TestClients.Create(server);

        await client.Groups.ShareAsync(Group, "bob", [GroupAction.Read], [ArrayAction.Read]);
        await client.Groups.UnshareAsync(Group, "bob");
        var shares = await client.Groups.ListSharedWithAsync(Group);

        Assert.Equal("""{"namespace":"bob","group_actions":["read"],"array_actions":["read"]}""", server.Requests[0].Body);
        Assert.Equal("""{"namespace":"bob","group_actions":[],"array_actions":[]}""", server.Requests[1].Body);
        Assert.Equal(("GET", "/v1/groups/ns/my%20group/share"), (server.Requests[2].Method, server.Requests[2].RawPath));
        Assert.Equal("bob", Assert.Single(shares).Namespace);
    }
}
