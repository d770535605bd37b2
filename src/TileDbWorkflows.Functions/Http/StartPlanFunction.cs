namespace TileDbWorkflows.Functions.Http;

/// <summary>POST /api/plans: plan a state file against the live namespace (changes and access diff; nothing changed).</summary>
public sealed class StartPlanFunction(WorkflowApi api)
{
    [Function(nameof(StartPlan))]
    public async Task<IActionResult> StartPlan([HttpTrigger(AuthorizationLevel.Function, ApiRoutes.Post, Route = ApiRoutes.Plans)] HttpRequest request, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        await ApiRouteTable.StartPlan.HandleAsync(api, client, request, id: null, cancellationToken).ConfigureAwait(false);
}
