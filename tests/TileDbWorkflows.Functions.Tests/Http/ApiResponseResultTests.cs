using System.Net;
using TileDbWorkflows.Functions.Tests.Support;
using TileDbWorkflows.Hosting.Http;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Functions.Tests.Http;

public sealed class ApiResponseResultTests
{
    [Fact]
    public async Task Writes_status_Location_content_type_and_the_body_in_the_API_json_shape()
    {
        var links = WorkflowLinks.For("https://h/api", "x-1");

        var result = await ExecutedResult.RunAsync(new ApiResponseResult(new ApiResponse(HttpStatusCode.Accepted, new { InstanceId = "x-1", Links = links }, "application/vnd.test+json", links.Status)));

        Assert.Equal(202, result.Status);
        Assert.Equal("application/vnd.test+json", result.ContentType);
        Assert.Equal("https://h/api/workflows/x-1", result.Location);
        Assert.Equal("x-1", result.Json.GetProperty("instanceId").GetString());
        Assert.Equal("https://h/api/workflows/x-1/resume", result.Json.GetProperty("links").GetProperty("resume").GetString());
    }

    [Fact]
    public async Task A_response_without_body_or_location_writes_only_the_status()
    {
        var result = await ExecutedResult.RunAsync(new ApiResponseResult(new ApiResponse(HttpStatusCode.NoContent, null)));

        Assert.Equal(204, result.Status);
        Assert.Null(result.Location);
        Assert.Empty(result.Body);
    }
}
