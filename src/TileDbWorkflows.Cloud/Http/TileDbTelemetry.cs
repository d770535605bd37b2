using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;

namespace TileDbWorkflows.Cloud.Http;

/// <summary>
/// Traces and metrics of TileDB calls. One span per operation (a <see cref="TileDbHttp"/> send, across its retries
/// and region redirects), tagged with what an operator filters on: the operation, namespace, asset, final HTTP status,
/// attempts and redirects. Never a header, token, password or query string: queries can carry filters callers consider
/// private, which is why <see cref="TileDbRequest"/> keeps them apart from the path.
/// </summary>
internal static class TileDbTelemetry
{
    /// <summary>The ActivitySource of TileDB operations; hosts add it to their tracer.</summary>
    public const string SourceName = "TileDbWorkflows.Cloud";

    /// <summary>The meter every TileDbWorkflows assembly records on, so hosts add one name.</summary>
    public const string MeterName = "TileDbWorkflows";

    public const string OperationTag = "tiledb.operation";
    public const string NamespaceTag = "tiledb.namespace";
    public const string AssetTag = "tiledb.asset";
    public const string AttemptsTag = "tiledb.attempts";
    public const string RedirectsTag = "tiledb.region_redirects";
    public const string StatusTag = "http.response.status_code";

    private static readonly ActivitySource Source = new(SourceName);
    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Calls = Meter.CreateCounter<long>("tiledb.calls", "{call}", "TileDB operations by operation and final HTTP status");
    private static readonly Counter<long> Retries = Meter.CreateCounter<long>("tiledb.retries", "{attempt}", "Attempts after the first of a TileDB operation");
    private static readonly Counter<long> Throttled = Meter.CreateCounter<long>("tiledb.throttled", "{response}", "429 and 503 answers seen from TileDB Cloud");
    private static readonly Counter<long> Redirects = Meter.CreateCounter<long>("tiledb.region_redirects", "{redirect}", "Region redirects followed");

    // Areas whose third path segment is an id rather than a namespace.
    private static readonly HashSet<string> IdAreas = new(StringComparer.Ordinal) { "task", "tasks", "user", "users" };

    /// <summary>Starts the operation's span (null when nobody listens) and keeps its name for the metrics.</summary>
    public static Activity? StartOperation(TileDbRequest request)
    {
        var (operation, ns, asset) = Describe(request.Method, request.Path);
        var activity = Source.StartActivity(operation, ActivityKind.Internal);
        if (activity is null)
        {
            return null;
        }
        activity.SetTag(OperationTag, operation);
        activity.SetTag(NamespaceTag, ns);
        activity.SetTag(AssetTag, asset);
        return activity;
    }

    /// <summary>Ends an operation with the status TileDB gave (or null for no answer at all).</summary>
    public static void Complete(Activity? activity, TileDbRequest request, HttpStatusCode? status, Exception? error = null)
    {
        var operation = activity?.GetTagItem(OperationTag) as string ?? Describe(request.Method, request.Path).Operation;
        Calls.Add(1, new(OperationTag, operation), new(StatusTag, status is { } s ? (int)s : 0));
        if (activity is null)
        {
            return;
        }
        if (status is { } code)
        {
            activity.SetTag(StatusTag, (int)code);
        }
        if (error is not null || status is null || (int)status >= 400)
        {
            // The type only: exception messages can quote a response body.
            activity.SetStatus(ActivityStatusCode.Error, error?.GetType().Name ?? $"HTTP {(int?)status}");
        }
    }

    /// <summary>Counts one request on the wire of the current operation (from <see cref="TileDbAttemptTelemetryHandler"/>).</summary>
    internal static void WireAttempt(Activity? operation, HttpResponseMessage? response, bool afterRedirect)
    {
        if (operation is not null)
        {
            var attempts = (operation.GetTagItem(AttemptsTag) as int? ?? 0) + (afterRedirect ? 0 : 1);
            operation.SetTag(AttemptsTag, attempts);
            if (!afterRedirect && attempts > 1)
            {
                Retries.Add(1, new KeyValuePair<string, object?>(OperationTag, operation.GetTagItem(OperationTag)));
            }
        }
        if (response?.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
        {
            Throttled.Add(1, new KeyValuePair<string, object?>(StatusTag, (int)response.StatusCode));
        }
        if (response is not null && IsRedirect(response.StatusCode))
        {
            Redirects.Add(1);
            operation?.SetTag(RedirectsTag, (operation.GetTagItem(RedirectsTag) as int? ?? 0) + 1);
        }
    }

    internal static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    /// <summary>
    /// A low-cardinality operation name from the path: <c>PATCH /v1/arrays/{namespace}/{asset}/share</c>, with the
    /// namespace and asset that were replaced (<c>/v1/invitations/group/ns/name</c> keeps its <c>group</c>).
    /// </summary>
    internal static (string Operation, string? Namespace, string? Asset) Describe(HttpMethod method, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        string? ns = null, asset = null;
        if (segments.Length >= 3)
        {
            var first = 2;
            if (segments[1] == "invitations" && segments[2] is "group" && segments.Length >= 4)
            {
                first = 3;
            }
            if (IdAreas.Contains(segments[1]))
            {
                segments[2] = "{id}";
            }
            else
            {
                ns = Uri.UnescapeDataString(segments[first]);
                segments[first] = "{namespace}";
                if (segments.Length > first + 1)
                {
                    asset = Uri.UnescapeDataString(segments[first + 1]);
                    segments[first + 1] = "{asset}";
                }
            }
        }
        return ($"{method.Method} /{string.Join('/', segments)}", ns, asset);
    }
}
