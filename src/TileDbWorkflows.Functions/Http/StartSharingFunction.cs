using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Functions.Http;

/// <summary>POST /api/sharing: share arrays and groups with users or organizations.</summary>
public sealed class StartSharingFunction(WorkflowApi api)
{
    [Function(nameof(StartSharing))]
    public async Task<IActionResult> StartSharing(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "sharing")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = await request.ReadBodyAsync(cancellationToken).ConfigureAwait(false);
        return new ApiResponseResult(await api.StartSharingAsync(client, body, request.IdempotencyKey(), request.BaseUrl(), cancellationToken).ConfigureAwait(false));
    }
}
