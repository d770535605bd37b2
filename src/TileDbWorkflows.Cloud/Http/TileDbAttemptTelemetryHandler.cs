using System.Diagnostics;

namespace TileDbWorkflows.Cloud.Http;

/// <summary>
/// The innermost TileDB handler: sees every request that goes on the wire (each retry, each redirect hop) and adds
/// it to the current operation's telemetry; it changes nothing about the request.
/// </summary>
internal sealed class TileDbAttemptTelemetryHandler : DelegatingHandler
{
    // Set on the operation's span after a 3xx: the redirect handler's next send is the same attempt, not a retry.
    private const string PendingRedirectTag = "tiledb.pending_redirect";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var operation = Activity.Current is { Source.Name: TileDbTelemetry.SourceName } current ? current : null;
        var afterRedirect = operation?.GetTagItem(PendingRedirectTag) is true;
        operation?.SetTag(PendingRedirectTag, null);
        HttpResponseMessage? response = null;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return response;
        }
        finally
        {
            TileDbTelemetry.WireAttempt(operation, response, afterRedirect);
            if (response is not null && TileDbTelemetry.IsRedirect(response.StatusCode))
            {
                operation?.SetTag(PendingRedirectTag, true);
            }
        }
    }
}
