namespace TileDbWorkflows.Functions.Http;

/// <summary>POST /api/workflows/{id}/approve: approve the destructive changes an apply waits for; 404 unknown id, 409 when nothing waits.</summary>
public sealed class ApproveWorkflowFunction(WorkflowApi api)
{
    [Function(nameof(ApproveWorkflow))]
    public async Task<IActionResult> ApproveWorkflow([HttpTrigger(AuthorizationLevel.Function, ApiRoutes.Post, Route = ApiRoutes.ApproveWorkflow)] HttpRequest request, string id, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        await ApiRouteTable.ApproveWorkflow.HandleAsync(api, client, request, id, cancellationToken).ConfigureAwait(false);
}
