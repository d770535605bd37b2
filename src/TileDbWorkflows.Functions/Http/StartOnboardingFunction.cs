namespace TileDbWorkflows.Functions.Http;

/// <summary>POST /api/onboarding: 202 with status links; <c>?dryRun=true</c> answers 200 with the plan's outcome.</summary>
public sealed class StartOnboardingFunction(WorkflowApi api)
{
    [Function(nameof(StartOnboarding))]
    public async Task<IActionResult> StartOnboarding([HttpTrigger(AuthorizationLevel.Function, ApiRoutes.Post, Route = ApiRoutes.Onboarding)] HttpRequest request, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        await ApiRouteTable.StartOnboarding.HandleAsync(api, client, request, id: null, cancellationToken).ConfigureAwait(false);
}
