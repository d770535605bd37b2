namespace TileDbWorkflows.Functions.Http;

/// <summary>POST /api/workflows/{id}/reject: reject the destructive changes an apply waits for; it ends "rejected" with none made.</summary>
public sealed class RejectWorkflowFunction(WorkflowApi api)
{
    [Function(nameof(RejectWorkflow))]
    public async Task<IActionResult> RejectWorkflow([HttpTrigger(AuthorizationLevel.Function, ApiRoutes.Post, Route = ApiRoutes.RejectWorkflow)] HttpRequest request, string id, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        await ApiRouteTable.RejectWorkflow.HandleAsync(api, client, request, id, cancellationToken).ConfigureAwait(false);
}
