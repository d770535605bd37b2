namespace TileDbWorkflows.Functions.Http;

/// <summary>POST /api/workflows/{id}/terminate: 202, 404 for an unknown id, 409 when the workflow cannot be terminated; optional <c>?reason=</c>.</summary>
public sealed class TerminateWorkflowFunction(WorkflowApi api)
{
    [Function(nameof(TerminateWorkflow))]
    public async Task<IActionResult> TerminateWorkflow([HttpTrigger(AuthorizationLevel.Function, ApiRoutes.Post, Route = ApiRoutes.TerminateWorkflow)] HttpRequest request, string id, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        await ApiRouteTable.TerminateWorkflow.HandleAsync(api, client, request, id, cancellationToken).ConfigureAwait(false);
}
