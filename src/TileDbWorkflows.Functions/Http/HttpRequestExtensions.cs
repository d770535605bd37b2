using Microsoft.AspNetCore.Http;

namespace TileDbWorkflows.Functions.Http;

/// <summary>What every HTTP trigger takes from the request before handing over to the workflow starters.</summary>
internal static class HttpRequestExtensions
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>The Functions host's default route prefix (host.json sets no other), so links point at our routes.</summary>
    public const string RoutePrefix = "api";

    /// <summary>The base of the status links, <c>{scheme}://{host}/api</c>, as the caller reached us.</summary>
    public static string BaseUrl(this HttpRequest request) => $"{request.Scheme}://{request.Host}/{RoutePrefix}";

    /// <summary>The <c>Idempotency-Key</c> header, or null when absent or blank (then every start is a new instance).</summary>
    public static string? IdempotencyKey(this HttpRequest request)
    {
        var value = request.Headers[IdempotencyKeyHeader].ToString();
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>A query parameter, or null when absent, in the shape the list query parser expects.</summary>
    public static string? QueryValue(this HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var value) ? value.ToString() : null;

    public static async Task<string> ReadBodyAsync(this HttpRequest request, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        return await reader.ReadToEndAsync(ct).ConfigureAwait(false);
    }
}
