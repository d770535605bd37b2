using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
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
        ArgumentNullException.ThrowIfNull(request);
        var limit = api.MaxRequestBodyBytes;
        var tooLarge = ApiResponse.TooLarge(
            $"the request body exceeds {limit} bytes (Workflows:MaxRequestBodyBytes); send big lists through the queue with a requestBlob reference, or raise the limit");
        if (request.ContentLength > limit)
        {
            return new ApiResponseResult(tooLarge);
        }
        // Our limit, not the server's default (Kestrel's 30 MB), decides: both hosts answer the same 413 with problem details.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit + 1;
        }
        var apiRequest = await ToApiRequestAsync(request, id, limit, cancellationToken).ConfigureAwait(false);
        if (apiRequest is null)
        {
            return new ApiResponseResult(tooLarge);
        }
        return new ApiResponseResult(await route.Handle(api, client, apiRequest).ConfigureAwait(false));
    }

    public static async Task<ApiRequest> ToApiRequestAsync(HttpRequest request, string? id, CancellationToken cancellationToken) =>
        (await ToApiRequestAsync(request, id, long.MaxValue, cancellationToken).ConfigureAwait(false))!;

    /// <summary>The request, or null when its body (chunked, with no length given) turns out longer than <paramref name="limit"/>.</summary>
    public static async Task<ApiRequest?> ToApiRequestAsync(HttpRequest request, string? id, long limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        var body = System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
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
