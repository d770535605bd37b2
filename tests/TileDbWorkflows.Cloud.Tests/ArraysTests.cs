using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Cloud.Tests.Support;

namespace TileDbWorkflows.Cloud.Tests;

public class ArraysTests
{
    private static readonly TileDbUri Uri = TileDbUri.Parse("tiledb://my ns/s3://b/a");

    [Fact]
    public async Task Owned_listing_sends_every_filter_with_python_encoding_and_headers()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Enqueue(ScriptedResponse.Json("""{"arrays":[{"name":"a1","file_type":"notebook"}],"pagination_metadata":{"page":2,"per_page":5,"total_pages":3,"total_items":11}}"""));
        using var client = TestClients.Create(server);

        var page = await client.Arrays.ListAsync(ListScope.Owned, new ArrayListFilter
        {
            Page = 2,
            PerPage = 5,
            Search = "nyc taxi",
            Namespace = "TileDB-Inc",
            Permissions = "read",
            Tags = ["t1", "t2"],
            ExcludeTags = ["x"],
            FileTypes = [FileType.Notebook, FileType.MlModel],
            ExcludeFileTypes = [FileType.UserDefinedFunction],
            WithMetadata = true,
        });

        var request = server.OnlyRequest();
        Assert.Equal("GET", request.Method);
        Assert.Equal("/v1/arrays/browser/owned", request.RawPath);
        Assert.Equal(
            "?page=2&per_page=5&search=nyc%20taxi&namespace=TileDB-Inc&permissions=read&tag=t1&tag=t2&exclude_tag=x&file_type=notebook&file_type=ml_model&exclude_file_type=user_defined_function&with_metadata=True",
            request.Query);
        Assert.Equal(TestClients.Token, request.Header("X-TILEDB-REST-API-KEY"));
        Assert.Equal("application/json", request.Header("Content-Type"));
        Assert.Null(request.Header("Authorization"));
        Assert.Equal(FileType.Notebook, Assert.Single(page.Items).FileType);
        Assert.True(page.HasMorePages);
    }

    [Fact]
    public async Task Shared_and_public_listings_use_their_paths_and_false_is_capitalised()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Fallback = _ => ScriptedResponse.Json("""{"arrays":[]}""");
        using var client = TestClients.Create(server);

        await client.Arrays.ListAsync(ListScope.Shared, new ArrayListFilter { WithMetadata = false, SharedTo = ["u1", "u2"] });
        await client.Arrays.ListAsync(ListScope.Public, new ArrayListFilter { SharedTo = ["ignored"] });

        Assert.Equal("/v1/arrays/browser/shared", server.Requests[0].RawPath);
        Assert.Equal("?with_metadata=False&shared_to=u1&shared_to=u2", server.Requests[0].Query);
        Assert.Equal("/v1/arrays/browser/public", server.Requests[1].RawPath);
        Assert.Equal("", server.Requests[1].Query);
    }

    [Fact]
    public async Task ListAll_walks_every_page()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Fallback = r =>
        {
            var page = int.Parse(r.QueryValues("page").Single(), System.Globalization.CultureInfo.InvariantCulture);
            var json = "{\"arrays\":[{\"name\":\"p" + page + "a\"},{\"name\":\"p" + page + "b\"}],\"pagination_metadata\":{\"page\":" + page + ",\"per_page\":2,\"total_pages\":3,\"total_items\":6}}";
            return ScriptedResponse.Json(json);
        };
        using var client = TestClients.Create(server);

        var names = new List<string?>();
        await foreach (var array in client.Arrays.ListAllAsync(ListScope.Owned, new ArrayListFilter { PerPage = 2 }))
        {
            names.Add(array.Name);
        }

        Assert.Equal(["p1a", "p1b", "p2a", "p2b", "p3a", "p3b"], names);
        Assert.Equal(["1", "2", "3"], server.Requests.Select(r => r.QueryValues("page").Single()));
        Assert.All(server.Requests, r => Assert.Equal(["2"], r.QueryValues("per_page")));
    }

    [Fact]
    public async Task Info_activity_and_sharing_use_encoded_paths()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Enqueue(
            ScriptedResponse.Json("""{"name":"a","tiledb_uri":"tiledb://my ns/a"}"""),
            ScriptedResponse.Json("""[{"action":"query_read","username":"u","bytes_sent":12}]"""),
            ScriptedResponse.Json("""[{"namespace":"bob","actions":["read","write"],"namespace_type":"user"}]"""));
        using var client = TestClients.Create(server);

        await client.Arrays.GetInfoAsync(Uri);
        var activity = await client.Arrays.GetActivityAsync(Uri, new ArrayActivityFilter { Start = DateTimeOffset.FromUnixTimeSeconds(100), HasTaskId = true });
        var shares = await client.Arrays.ListSharedWithAsync(Uri);

        Assert.Equal("/v1/arrays/my%20ns/s3%3A%2F%2Fb%2Fa/metadata", server.Requests[0].RawPath);
        Assert.Equal("/v1/arrays/my%20ns/s3%3A%2F%2Fb%2Fa/activity", server.Requests[1].RawPath);
        Assert.Equal("?start=100&has_task_id=True", server.Requests[1].Query);
        Assert.Equal(ActivityEventType.QueryRead, Assert.Single(activity).Action);
        Assert.Equal("/v1/arrays/my%20ns/s3%3A%2F%2Fb%2Fa/share", server.Requests[2].RawPath);
        Assert.Equal([ArrayAction.Read, ArrayAction.Write], Assert.Single(shares).Actions);
    }

    [Fact]
    public async Task Share_and_unshare_patch_the_share_endpoint()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Fallback = _ => ScriptedResponse.Status(204);
        using var client = TestClients.Create(server);

        await client.Arrays.ShareAsync(Uri, "bob", [ArrayAction.Read, ArrayAction.Write]);
        await client.Arrays.UnshareAsync(Uri, "bob");

        Assert.All(server.Requests, r => Assert.Equal("PATCH", r.Method));
        Assert.Equal("""{"namespace":"bob","actions":["read","write"]}""", server.Requests[0].Body);
        Assert.Equal("""{"namespace":"bob","actions":[]}""", server.Requests[1].Body);
    }

    [Fact]
    public async Task Register_puts_the_storage_uri_in_the_path_and_looks_up_the_namespace()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Enqueue(ScriptedResponse.Json("""{"username":"alice"}"""), ScriptedResponse.Json("""{"name":"myarray"}"""));
        using var client = TestClients.Create(server);

        await client.Arrays.RegisterAsync(new ArrayRegistration { StorageUri = "s3://mybucket/myarray", AccessCredentialsName = "creds" });

        Assert.Equal("/v1/user", server.Requests[0].RawPath);
        var register = server.Requests[1];
        Assert.Equal("POST", register.Method);
        Assert.Equal("/v1/arrays/alice/s3%3A%2F%2Fmybucket%2Fmyarray/register", register.RawPath);
        Assert.Equal("""{"name":"myarray","uri":"s3://mybucket/myarray","access_credentials_name":"creds"}""", register.Body);
    }

    [Fact]
    public async Task Deregister_and_delete_use_delete()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Fallback = _ => ScriptedResponse.Status(204);
        using var client = TestClients.Create(server);

        await client.Arrays.DeregisterAsync(TileDbUri.Parse("tiledb://ns/a"));
        await client.Arrays.DeleteAsync(TileDbUri.Parse("tiledb://ns/a"));

        Assert.Equal(("DELETE", "/v1/arrays/ns/a/deregister"), (server.Requests[0].Method, server.Requests[0].RawPath));
        Assert.Equal(("DELETE", "/v1/arrays/ns/a"), (server.Requests[1].Method, server.Requests[1].RawPath));
        Assert.Equal("application/json", server.Requests[0].Header("Content-Type"));
    }
}
