using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Functions.Http;

/// <summary>GET /api/workflows: one page of workflows, filtered by the query string (see <see cref="WorkflowListQuery"/>).</summary>
public sealed class ListWorkflowsFunction(WorkflowApi api)
{
    [Function(nameof(ListWorkflows))]
    public async Task<IActionResult> ListWorkflows(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "workflows")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new ApiResponseResult(await api.ListAsync(client, request.QueryValue, request.BaseUrl(), cancellationToken).ConfigureAwait(false));
    }
}
