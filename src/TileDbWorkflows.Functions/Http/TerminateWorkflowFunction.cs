using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Functions.Http;

/// <summary>POST /api/workflows/{id}/terminate: 202, 404 for an unknown id, 409 when the workflow cannot be terminated; optional <c>?reason=</c>.</summary>
public sealed class TerminateWorkflowFunction(WorkflowApi api)
{
    [Function(nameof(TerminateWorkflow))]
    public async Task<IActionResult> TerminateWorkflow(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "workflows/{id}/terminate")] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new ApiResponseResult(await api.TerminateAsync(client, id, request.QueryValue("reason"), request.BaseUrl(), cancellationToken).ConfigureAwait(false));
    }
}
