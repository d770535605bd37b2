using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Functions.Http;

/// <summary>POST /api/tasks/watch: follow TileDB Cloud tasks until they finish.</summary>
public sealed class StartTaskWatchFunction(WorkflowApi api)
{
    [Function(nameof(StartTaskWatch))]
    public async Task<IActionResult> StartTaskWatch(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "tasks/watch")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = await request.ReadBodyAsync(cancellationToken).ConfigureAwait(false);
        return new ApiResponseResult(await api.StartTaskWatchAsync(client, body, request.IdempotencyKey(), request.BaseUrl(), cancellationToken).ConfigureAwait(false));
    }
}
