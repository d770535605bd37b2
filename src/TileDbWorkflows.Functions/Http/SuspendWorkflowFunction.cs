namespace TileDbWorkflows.Functions.Http;

/// <summary>POST /api/workflows/{id}/suspend: 202, 404 for an unknown id, 409 when the workflow cannot be suspended; optional <c>?reason=</c>.</summary>
public sealed class SuspendWorkflowFunction(WorkflowApi api)
{
    [Function(nameof(SuspendWorkflow))]
    public async Task<IActionResult> SuspendWorkflow([HttpTrigger(AuthorizationLevel.Function, ApiRoutes.Post, Route = ApiRoutes.SuspendWorkflow)] HttpRequest request, string id, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        await ApiRouteTable.SuspendWorkflow.HandleAsync(api, client, request, id, cancellationToken).ConfigureAwait(false);
}
