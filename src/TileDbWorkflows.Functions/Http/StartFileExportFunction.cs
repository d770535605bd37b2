namespace TileDbWorkflows.Functions.Http;

/// <summary>POST /api/files/export: export TileDB files to storage.</summary>
public sealed class StartFileExportFunction(WorkflowApi api)
{
    [Function(nameof(StartFileExport))]
    public async Task<IActionResult> StartFileExport([HttpTrigger(AuthorizationLevel.Function, ApiRoutes.Post, Route = ApiRoutes.FileExport)] HttpRequest request, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        await ApiRouteTable.StartFileExport.HandleAsync(api, client, request, id: null, cancellationToken).ConfigureAwait(false);
}
