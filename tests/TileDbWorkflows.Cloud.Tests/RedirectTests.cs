using System.Net;
using TileDbWorkflows.Cloud.Http;
using TileDbWorkflows.Cloud.Tests.Support;

namespace TileDbWorkflows.Cloud.Tests;

public class RedirectTests
{
    [Theory]
    [InlineData(RetryMode.Default, 307)]
    [InlineData(RetryMode.Disabled, 302)]
    [InlineData(RetryMode.Default, 308)]
    public async Task Region_redirect_keeps_the_api_key_and_is_remembered_per_path(RetryMode mode, int status)
    {
        await using var global = await RecordingServer.StartAsync();
        await using var regional = await RecordingServer.StartAsync();
        global.Fallback = r => ScriptedResponse.WithHeader(status, "Location", regional.BaseAddress + r.RawPath + r.Query);
        regional.Fallback = _ => ScriptedResponse.Json("""{"username":"alice"}""");
        using var client = TestClients.Create(global, configure: o => o.RetryMode = mode);

        var first = await client.Users.GetProfileAsync();
        var second = await client.Users.GetProfileAsync();

        Assert.Equal("alice", first.Username);
        Assert.Equal("alice", second.Username);
        Assert.Single(global.Requests);
        Assert.Equal(2, regional.Requests.Count);
        Assert.All(regional.Requests, r => Assert.Equal(TestClients.Token, r.Header("X-TILEDB-REST-API-KEY")));
        Assert.All(regional.Requests, r => Assert.Equal("/v1/user", r.RawPath));
        Assert.Equal(1, client.Redirects.Count);
    }

    [Fact]
    public async Task Post_body_survives_a_307_and_the_cache_ignores_the_query()
    {
        await using var global = await RecordingServer.StartAsync();
        await using var regional = await RecordingServer.StartAsync();
        global.Fallback = r => ScriptedResponse.WithHeader(307, "Location", regional.BaseAddress + r.RawPath + r.Query);
        regional.Fallback = _ => ScriptedResponse.Json("""{"arrays":[]}""");
        using var client = TestClients.Create(global);

        await client.Arrays.ListAsync(ListScope.Owned, new Arrays.ArrayListFilter { Page = 1 });
        await client.Arrays.ListAsync(ListScope.Owned, new Arrays.ArrayListFilter { Page = 2 });
        await client.Arrays.ShareAsync(TileDbUri.Parse("tiledb://ns/a"), "bob", [Arrays.ArrayAction.Read]);

        Assert.Equal(2, global.Requests.Count);
        Assert.Equal(["?page=1", "?page=2"], regional.Requests.Take(2).Select(r => r.Query));
        Assert.Equal("""{"namespace":"bob","actions":["read"]}""", regional.Requests[2].Body);
    }

    [Fact]
    public async Task Redirect_loops_are_bounded()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Fallback = r => ScriptedResponse.WithHeader(307, "Location", server.BaseAddress + r.RawPath);
        using var client = TestClients.Create(server, configure: o => o.MaxRedirects = 3);

        var ex = await Assert.ThrowsAsync<TileDbCloudException>(() => client.Users.GetProfileAsync());

        Assert.Equal(HttpStatusCode.TemporaryRedirect, ex.StatusCode);
        Assert.Equal(4, server.Requests.Count);
    }

    [Fact]
    public void Five_regional_hosts_are_named()
    {
        Assert.Equal(5, TileDbRegions.All.Count);
        Assert.Contains("https://eu-west-2.aws.api.tiledb.com", TileDbRegions.All);
        Assert.Equal("https://example.com", TileDbRegions.NormalizeHost("example.com/"));
    }
}
