namespace TileDbWorkflows.Functions.Http;

/// <summary>POST /api/files/import: import files into TileDB Cloud.</summary>
public sealed class StartFileImportFunction(WorkflowApi api)
{
    [Function(nameof(StartFileImport))]
    public async Task<IActionResult> StartFileImport([HttpTrigger(AuthorizationLevel.Function, ApiRoutes.Post, Route = ApiRoutes.FileImport)] HttpRequest request, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        await ApiRouteTable.StartFileImport.HandleAsync(api, client, request, id: null, cancellationToken).ConfigureAwait(false);
}
