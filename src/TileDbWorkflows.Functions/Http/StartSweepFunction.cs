namespace TileDbWorkflows.Functions.Http;

/// <summary>POST /api/sweeps: a registration sweep now; an empty body sweeps with the defaults.</summary>
public sealed class StartSweepFunction(WorkflowApi api)
{
    [Function(nameof(StartSweep))]
    public async Task<IActionResult> StartSweep([HttpTrigger(AuthorizationLevel.Function, ApiRoutes.Post, Route = ApiRoutes.Sweeps)] HttpRequest request, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        await ApiRouteTable.StartSweep.HandleAsync(api, client, request, id: null, cancellationToken).ConfigureAwait(false);
}
