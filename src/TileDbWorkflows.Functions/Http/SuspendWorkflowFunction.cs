using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Functions.Http;

/// <summary>POST /api/workflows/{id}/suspend: 202, 404 for an unknown id, 409 when the workflow cannot be suspended; optional <c>?reason=</c>.</summary>
public sealed class SuspendWorkflowFunction(WorkflowApi api)
{
    [Function(nameof(SuspendWorkflow))]
    public async Task<IActionResult> SuspendWorkflow(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "workflows/{id}/suspend")] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new ApiResponseResult(await api.SuspendAsync(client, id, request.QueryValue("reason"), request.BaseUrl(), cancellationToken).ConfigureAwait(false));
    }
}
