namespace TileDbWorkflows.Functions.Http;

/// <summary>GET /api/workflows/{id}: one workflow's status, progress and report; 404 for an unknown id.</summary>
public sealed class GetWorkflowFunction(WorkflowApi api)
{
    [Function(nameof(GetWorkflow))]
    public async Task<IActionResult> GetWorkflow([HttpTrigger(AuthorizationLevel.Function, ApiRoutes.Get, Route = ApiRoutes.Workflow)] HttpRequest request, string id, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        await ApiRouteTable.GetWorkflow.HandleAsync(api, client, request, id, cancellationToken).ConfigureAwait(false);
}
