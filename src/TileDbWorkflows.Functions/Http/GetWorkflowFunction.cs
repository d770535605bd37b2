using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Functions.Http;

/// <summary>GET /api/workflows/{id}: one workflow's status, progress and report; 404 for an unknown id.</summary>
public sealed class GetWorkflowFunction(WorkflowApi api)
{
    [Function(nameof(GetWorkflow))]
    public async Task<IActionResult> GetWorkflow(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "workflows/{id}")] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new ApiResponseResult(await api.GetAsync(client, id, request.BaseUrl(), cancellationToken).ConfigureAwait(false));
    }
}
