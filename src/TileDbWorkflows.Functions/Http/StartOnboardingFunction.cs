using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using TileDbWorkflows.Workflows.Triggers;
using TileDbWorkflows.Workflows.Validation;

namespace TileDbWorkflows.Functions.Http;

/// <summary>POST /api/onboarding: 202 with status links; <c>?dryRun=true</c> answers 200 with the plan's outcome.</summary>
public sealed class StartOnboardingFunction(WorkflowApi api)
{
    [Function(nameof(StartOnboarding))]
    public async Task<IActionResult> StartOnboarding(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "onboarding")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var dryRun = false;
        // A typo such as dryRun=yes must not silently start the real onboarding.
        if (request.QueryValue("dryRun") is { } flag && !bool.TryParse(flag, out dryRun))
        {
            return new ApiResponseResult(ApiResponse.Invalid([new FieldError("dryRun", $"'{flag}' is not true or false")]));
        }
        var body = await request.ReadBodyAsync(cancellationToken).ConfigureAwait(false);
        return new ApiResponseResult(await api.StartOnboardingAsync(client, body, dryRun, request.IdempotencyKey(), request.BaseUrl(), cancellationToken).ConfigureAwait(false));
    }
}
