namespace TileDbWorkflows.Functions.Http;

/// <summary>POST /api/workflows/{id}/resume: 202, 404 for an unknown id, 409 when the workflow cannot be resumed; optional <c>?reason=</c>.</summary>
public sealed class ResumeWorkflowFunction(WorkflowApi api)
{
    [Function(nameof(ResumeWorkflow))]
    public async Task<IActionResult> ResumeWorkflow([HttpTrigger(AuthorizationLevel.Function, ApiRoutes.Post, Route = ApiRoutes.ResumeWorkflow)] HttpRequest request, string id, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        await ApiRouteTable.ResumeWorkflow.HandleAsync(api, client, request, id, cancellationToken).ConfigureAwait(false);
}
