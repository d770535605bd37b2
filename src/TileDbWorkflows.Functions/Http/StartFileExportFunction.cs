using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Functions.Http;

/// <summary>POST /api/files/export: export TileDB files to storage.</summary>
public sealed class StartFileExportFunction(WorkflowApi api)
{
    [Function(nameof(StartFileExport))]
    public async Task<IActionResult> StartFileExport(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "files/export")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = await request.ReadBodyAsync(cancellationToken).ConfigureAwait(false);
        return new ApiResponseResult(await api.StartFileExportAsync(client, body, request.IdempotencyKey(), request.BaseUrl(), cancellationToken).ConfigureAwait(false));
    }
}
