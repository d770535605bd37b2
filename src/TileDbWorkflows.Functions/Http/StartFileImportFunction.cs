using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Functions.Http;

/// <summary>POST /api/files/import: import files into TileDB Cloud.</summary>
public sealed class StartFileImportFunction(WorkflowApi api)
{
    [Function(nameof(StartFileImport))]
    public async Task<IActionResult> StartFileImport(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "files/import")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = await request.ReadBodyAsync(cancellationToken).ConfigureAwait(false);
        return new ApiResponseResult(await api.StartFileImportAsync(client, body, request.IdempotencyKey(), request.BaseUrl(), cancellationToken).ConfigureAwait(false));
    }
}
