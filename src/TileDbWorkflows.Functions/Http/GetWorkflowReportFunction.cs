namespace TileDbWorkflows.Functions.Http;

/// <summary>GET /api/workflows/{id}/report: a page of one workflow's full report (outcome, page, pageSize); 404 for an unknown id.</summary>
public sealed class GetWorkflowReportFunction(WorkflowApi api)
{
    [Function(nameof(GetWorkflowReport))]
    public async Task<IActionResult> GetWorkflowReport([HttpTrigger(AuthorizationLevel.Function, ApiRoutes.Get, Route = ApiRoutes.WorkflowReport)] HttpRequest request, string id, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        await ApiRouteTable.GetWorkflowReport.HandleAsync(api, client, request, id, cancellationToken).ConfigureAwait(false);
}
