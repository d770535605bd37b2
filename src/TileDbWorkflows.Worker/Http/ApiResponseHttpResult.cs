using System.Text.Json;
using TileDbWorkflows.Workflows.Serialization;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Worker.Http;

/// <summary>
/// The worker's one mapping from the host-neutral <see cref="ApiResponse"/> to a minimal-API result: status,
/// <c>Location</c>, content type and the body serialized with <see cref="WorkflowJson.Options"/>, so the worker answers
/// exactly as the Functions app does (its own mapping is an MVC <c>IActionResult</c>, which minimal APIs cannot return).
/// </summary>
public sealed class ApiResponseHttpResult(ApiResponse response) : IResult
{
    public ApiResponse Response { get; } = response ?? throw new ArgumentNullException(nameof(response));

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
