using Microsoft.DurableTask;
using Microsoft.Extensions.Options;

namespace TileDbWorkflows.Workflows.Common;

/// <summary>
/// Hands the orchestrator a snapshot of <see cref="WorkflowOptions"/>. Its output is recorded in history, so every
/// replay sees the settings the first run saw even if the configuration changed since.
/// </summary>
[DurableTask(nameof(LoadSettingsActivity))]
public sealed class LoadSettingsActivity(IOptions<WorkflowOptions> options) : TaskActivity<object?, WorkflowOptions>
{
    public override Task<WorkflowOptions> RunAsync(TaskActivityContext context, object? input) => Task.FromResult(options.Value);
}
