namespace TileDbWorkflows.Functions.Http;

/// <summary>POST /api/tasks/watch: follow TileDB Cloud tasks until they finish.</summary>
public sealed class StartTaskWatchFunction(WorkflowApi api)
{
    [Function(nameof(StartTaskWatch))]
    public async Task<IActionResult> StartTaskWatch([HttpTrigger(AuthorizationLevel.Function, ApiRoutes.Post, Route = ApiRoutes.TaskWatch)] HttpRequest request, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        await ApiRouteTable.StartTaskWatch.HandleAsync(api, client, request, id: null, cancellationToken).ConfigureAwait(false);
}
