using Microsoft.Extensions.Logging.Abstractions;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Functions.Tests.Support;

internal static class Api
{
    public static WorkflowApi Create() => new(NullLogger<WorkflowApi>.Instance, TimeProvider.System);
}
