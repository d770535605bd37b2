namespace TileDbWorkflows.Functions.Http;

/// <summary>POST /api/sharing: share arrays and groups with users or organizations.</summary>
public sealed class StartSharingFunction(WorkflowApi api)
{
    [Function(nameof(StartSharing))]
    public async Task<IActionResult> StartSharing([HttpTrigger(AuthorizationLevel.Function, ApiRoutes.Post, Route = ApiRoutes.Sharing)] HttpRequest request, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        await ApiRouteTable.StartSharing.HandleAsync(api, client, request, id: null, cancellationToken).ConfigureAwait(false);
}
