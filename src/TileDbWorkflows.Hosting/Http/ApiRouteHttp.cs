using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Hosting.Http;

/// <summary>
/// Runs an <see cref="ApiRoute"/> for an ASP.NET Core request: what every HTTP trigger of the Functions app and every
/// endpoint of the worker does, written once.
/// </summary>
public static class ApiRouteHttp
{
    /// <summary>Reads the request into an <see cref="ApiRequest"/>, runs the route and wraps its answer for either host.</summary>
    /// <param name="id">The <c>{id}</c> route value, for the routes about one workflow.</param>
    public static async Task<ApiResponseResult> HandleAsync(
        this ApiRoute route, WorkflowApi api, DurableTaskClient client, HttpRequest request, string? id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(api);
        var apiRequest = await ToApiRequestAsync(request, id, cancellationToken).ConfigureAwait(false);
        return new ApiResponseResult(await route.Handle(api, client, apiRequest).ConfigureAwait(false));
    }

    public static async Task<ApiRequest> ToApiRequestAsync(HttpRequest request, string? id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        string body;
        using (var reader = new StreamReader(request.Body))
        {
            body = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }
        return new ApiRequest(body, id, name => QueryValue(request, name), IdempotencyKey(request), BaseUrl(request), cancellationToken);
    }

    /// <summary>The base of the status links, <c>{scheme}://{host}/api</c>, as the caller reached us.</summary>
    public static string BaseUrl(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}/{ApiRoutes.Prefix}";
    }

    /// <summary>The <c>Idempotency-Key</c> header, or null when absent or blank (then every start is a new instance).</summary>
    public static string? IdempotencyKey(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var value = request.Headers[ApiRoutes.IdempotencyKeyHeader].ToString();
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>A query parameter, or null when absent, in the shape the list query parser expects.</summary>
    private static string? QueryValue(HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var value) ? value.ToString() : null;
}
