using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Functions.Http;

/// <summary>
/// POST /api/invitations: bulk invitations started directly. The body's request id is the instance id (as for the
/// queue), so no <c>Idempotency-Key</c> header is needed or read.
/// </summary>
public sealed class StartInvitationsFunction(WorkflowApi api)
{
    [Function(nameof(StartInvitations))]
    public async Task<IActionResult> StartInvitations(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "invitations")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = await request.ReadBodyAsync(cancellationToken).ConfigureAwait(false);
        return new ApiResponseResult(await api.StartBulkInvitationsAsync(client, body, request.BaseUrl(), cancellationToken).ConfigureAwait(false));
    }
}
