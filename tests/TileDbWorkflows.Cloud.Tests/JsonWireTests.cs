using System.Net;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Cloud.Tasks;
using TileDbWorkflows.Cloud.Tests.Support;

namespace TileDbWorkflows.Cloud.Tests;

public class JsonWireTests
{
    [Fact]
    public async Task Null_lists_read_as_empty_and_float_pagination_is_accepted()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Enqueue(ScriptedResponse.Json("""{"arrays": null, "pagination_metadata": {"page": 1.0, "per_page": 10.0, "total_pages": 0, "total_items": 0}}"""));
        using var client = TestClients.Create(server);

        var page = await client.Arrays.ListAsync(ListScope.Shared);

        Assert.Empty(page.Items);
        Assert.Equal(10, page.Pagination!.PerPage);
        Assert.False(page.HasMorePages);
    }

    [Fact]
    public async Task Unknown_enum_values_and_unknown_keys_are_tolerated()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Enqueue(ScriptedResponse.Json("""{"id":"t1","status":"SOMETHING_NEW","type":"SQL","brand_new_key":{"x":1},"activity":null,"array_metadata":{"allowed_actions":["read","teleport"],"tags":null}}"""));
        using var client = TestClients.Create(server);

        var task = await client.Tasks.GetAsync("t1");

        Assert.Equal(ArrayTaskStatus.Unknown, task.Status);
        Assert.Equal(ArrayTaskType.Sql, task.Type);
        Assert.Empty(task.Activity);
        Assert.Equal([ArrayAction.Read, ArrayAction.Unknown], task.ArrayMetadata!.AllowedActions);
        Assert.Empty(task.ArrayMetadata.Tags);
    }

    [Fact]
    public async Task Request_bodies_omit_nulls_but_keep_empty_lists()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Enqueue(ScriptedResponse.Status(204));
        using var client = TestClients.Create(server);

        await client.Arrays.UpdateInfoAsync(TileDbUri.Parse("tiledb://ns/a"), new ArrayInfoUpdate { Description = "d", Tags = [] });

        Assert.Equal("""{"description":"d","tags":[]}""", server.OnlyRequest().Body);
    }

    [Fact]
    public void Error_body_formats_like_the_python_client()
    {
        var ex = TileDbCloudException.FromResponse(HttpStatusCode.BadRequest, """{"code":24,"message":"unable to determine array namespace/name","request_id":"r-1"}""");
        Assert.Equal("unable to determine array namespace/name - Code: 24 - Extra details: {'request_id': 'r-1'}", ex.Message);
        Assert.Equal(24, ex.ErrorCode);
        Assert.Equal("r-1", ex.RequestId);
        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Equal("unable to determine array namespace/name", ex.ServerMessage);
    }

    [Fact]
    public void Non_json_errors_format_like_the_python_client()
    {
        Assert.Equal("HTTP 404: resource not found", TileDbCloudException.FromResponse(HttpStatusCode.NotFound, "nope").Message);
        Assert.Equal("Unknown HTTP 502 error; response body: <html>", TileDbCloudException.FromResponse(HttpStatusCode.BadGateway, "<html>").Message);
    }

    [Fact]
    public async Task Error_responses_throw_with_status_code_and_request_id()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Enqueue(ScriptedResponse.Json("""{"code":1003,"message":"array not found","request_id":"abc"}""", 404));
        using var client = TestClients.Create(server);

        var ex = await Assert.ThrowsAsync<TileDbCloudException>(() => client.Arrays.GetInfoAsync(TileDbUri.Parse("tiledb://ns/missing")));

        Assert.True(ex.IsNotFound);
        Assert.Equal(1003, ex.ErrorCode);
        Assert.Equal("abc", ex.RequestId);
        Assert.StartsWith("array not found - Code: 1003", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestClients.Token, ex.ToString(), StringComparison.Ordinal);
    }
}
