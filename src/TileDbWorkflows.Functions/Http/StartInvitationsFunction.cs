namespace TileDbWorkflows.Functions.Http;

/// <summary>
/// POST /api/invitations: bulk invitations started directly. The body's request id is the instance id (as for the
/// queue), so no <c>Idempotency-Key</c> header is needed or read.
/// </summary>
public sealed class StartInvitationsFunction(WorkflowApi api)
{
    [Function(nameof(StartInvitations))]
    public async Task<IActionResult> StartInvitations([HttpTrigger(AuthorizationLevel.Function, ApiRoutes.Post, Route = ApiRoutes.Invitations)] HttpRequest request, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        await ApiRouteTable.StartInvitations.HandleAsync(api, client, request, id: null, cancellationToken).ConfigureAwait(false);
}
