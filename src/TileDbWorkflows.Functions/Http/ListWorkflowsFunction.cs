namespace TileDbWorkflows.Functions.Http;

/// <summary>GET /api/workflows: one page of workflows, filtered by the query string (see <see cref="WorkflowListQuery"/>).</summary>
public sealed class ListWorkflowsFunction(WorkflowApi api)
{
    [Function(nameof(ListWorkflows))]
    public async Task<IActionResult> ListWorkflows([HttpTrigger(AuthorizationLevel.Function, ApiRoutes.Get, Route = ApiRoutes.Workflows)] HttpRequest request, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        await ApiRouteTable.ListWorkflows.HandleAsync(api, client, request, id: null, cancellationToken).ConfigureAwait(false);
}
