using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using TileDbWorkflows.Workflows.Serialization;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Functions.Http;

/// <summary>
/// The one mapping from the host-neutral <see cref="ApiResponse"/> to ASP.NET Core: status, <c>Location</c>, content
/// type and the body serialized with <see cref="WorkflowJson.Options"/>, so the Functions app and the standalone worker
/// answer byte for byte alike.
/// </summary>
public sealed class ApiResponseResult(ApiResponse response) : IActionResult
{
    public ApiResponse Response { get; } = response ?? throw new ArgumentNullException(nameof(response));

    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext.Response;
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
        await JsonSerializer.SerializeAsync(http.Body, Response.Body, Response.Body.GetType(), WorkflowJson.Options, context.HttpContext.RequestAborted)
            .ConfigureAwait(false);
    }
}
