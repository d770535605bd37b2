using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Functions.Http;

/// <summary>POST /api/workflows/{id}/resume: 202, 404 for an unknown id, 409 when the workflow cannot be resumed; optional <c>?reason=</c>.</summary>
public sealed class ResumeWorkflowFunction(WorkflowApi api)
{
    [Function(nameof(ResumeWorkflow))]
    public async Task<IActionResult> ResumeWorkflow(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "workflows/{id}/resume")] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new ApiResponseResult(await api.ResumeAsync(client, id, request.QueryValue("reason"), request.BaseUrl(), cancellationToken).ConfigureAwait(false));
    }
}
