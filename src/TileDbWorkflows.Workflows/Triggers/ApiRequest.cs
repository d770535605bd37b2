namespace TileDbWorkflows.Workflows.Triggers;

/// <summary>What a route handler reads from an HTTP request, whichever host received it.</summary>
/// <param name="Body">The request body as text; empty when there is none.</param>
/// <param name="RouteId">The <c>{id}</c> route value, for the routes about one workflow.</param>
/// <param name="Query">A query parameter by name, or null when absent.</param>
/// <param name="IdempotencyKey">The <c>Idempotency-Key</c> header, or null when absent or blank.</param>
/// <param name="BaseUrl">The base of the status links, <c>{scheme}://{host}/api</c>, as the caller reached us.</param>
/// <param name="Cancellation">Cancelled when the caller goes away.</param>
public sealed record ApiRequest(
    string Body,
    string? RouteId,
    Func<string, string?> Query,
    string? IdempotencyKey,
    string BaseUrl,
    CancellationToken Cancellation)
{
    /// <summary>The <c>{id}</c> of a route about one workflow; the hosts' routing guarantees it is there.</summary>
    public string Id => RouteId ?? throw new InvalidOperationException("this route has no {id} value");
}
