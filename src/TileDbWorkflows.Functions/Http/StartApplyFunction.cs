namespace TileDbWorkflows.Functions.Http;

/// <summary>POST /api/apply: apply a plan (by id, refused when stale) or a state file; destructive changes wait for an approval.</summary>
public sealed class StartApplyFunction(WorkflowApi api)
{
    [Function(nameof(StartApply))]
    public async Task<IActionResult> StartApply([HttpTrigger(AuthorizationLevel.Function, ApiRoutes.Post, Route = ApiRoutes.Apply)] HttpRequest request, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        await ApiRouteTable.StartApply.HandleAsync(api, client, request, id: null, cancellationToken).ConfigureAwait(false);
}
