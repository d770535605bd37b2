using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using TileDbWorkflows.Workflows.Serialization;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Hosting.Http;

/// <summary>
/// The one mapping from the host-neutral <see cref="ApiResponse"/> to ASP.NET Core: status, <c>Location</c>, content
/// type and the body serialized with <see cref="WorkflowJson.Options"/>. Both a minimal-API <see cref="IResult"/> (the
/// worker) and an MVC <see cref="IActionResult"/> (the Functions app), so the two hosts answer byte for byte alike.
/// </summary>
public sealed class ApiResponseResult(ApiResponse response) : IResult, IActionResult
{
    public ApiResponse Response { get; } = response ?? throw new ArgumentNullException(nameof(response));

    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ExecuteAsync(context.HttpContext);
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var http = httpContext.Response;
        http.StatusCode = (int)Response.StatusCode;
        if (Response.Location is { } location)
        {
            http.Headers.Location = location;
        }
        if (Response.Body is null)
        {
            return;
        }
        http.ContentType = Response.ContentType;
        // The runtime type, not object: bodies are records and anonymous types whose properties must all be written.
        await JsonSerializer.SerializeAsync(http.Body, Response.Body, Response.Body.GetType(), WorkflowJson.Options, httpContext.RequestAborted)
            .ConfigureAwait(false);
    }
}
