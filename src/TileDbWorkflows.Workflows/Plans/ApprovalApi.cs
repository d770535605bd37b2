using Microsoft.DurableTask.Client;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Workflows.Plans;

/// <summary><c>POST /api/workflows/{id}/approve|reject[?reason=]</c>: answers an apply that waits for an approval.</summary>
public static class ApprovalApi
{
    public static async Task<ApiResponse> DecideAsync(DurableTaskClient client, ApiRequest request, bool approved)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        var id = request.Id;
        var instance = await client.GetInstanceAsync(id, getInputsAndOutputs: true, request.Cancellation).ConfigureAwait(false);
        if (instance is null)
        {
            return ApiResponse.NotFound($"no workflow with id '{id}'");
        }
        if (instance.RuntimeStatus != OrchestrationRuntimeStatus.Running)
        {
            return ApiResponse.Conflict($"workflow '{id}' is not running ({instance.RuntimeStatus}); there is nothing to {(approved ? "approve" : "reject")}");
        }
        var waiting = instance.Name == nameof(ApplyOrchestrator) && instance.SerializedCustomStatus is not null
            ? instance.ReadCustomStatusAs<WorkflowProgress>()?.Approval
            : null;
        if (waiting is null)
        {
            return ApiResponse.Conflict($"workflow '{id}' is not waiting for an approval");
        }
        await client.RaiseEventAsync(id, ApplyOrchestrator.ApprovalEvent, new ApprovalDecision(approved, request.Query("reason")), request.Cancellation).ConfigureAwait(false);
        var links = WorkflowLinks.For(request.BaseUrl, id);
        return ApiResponse.Accepted(new { id, decision = approved ? "approved" : "rejected", waiting.DestructiveChanges, links }, links.Status);
    }
}
