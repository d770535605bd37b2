using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cli.WorkflowApi;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Cli.Commands.Workflows;

/// <summary>
/// A repeated idempotency key (or bulk request id) makes the worker answer with the workflow it already has, in the
/// same 202 as a new start. The CLI looks the instance id up first (the worker derives it from the key the same way,
/// <see cref="InstanceIds.For"/>), so it can tell the user that nothing new started.
/// </summary>
internal static class ExistingWorkflow
{
    public static async Task<WorkflowStatus?> FindAsync(WorkflowApiClient client, string prefix, string? key, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(key) ? null : await client.TryGetAsync(InstanceIds.For(prefix, key), ct).ConfigureAwait(false);

    public static void Tell(CliContext ctx, WorkflowStatus? before, WorkflowStatus answered, string keyName)
    {
        if (before is not null && string.Equals(before.Id, answered.Id, StringComparison.Ordinal))
        {
            ctx.Output.Warning(
                $"workflow {answered.Id} already exists (created {Output.Date(before.CreatedAt)}, now {answered.Status}); this {keyName} started nothing new, "
                + "showing that workflow. Use another one to start a new workflow.");
        }
    }
}
