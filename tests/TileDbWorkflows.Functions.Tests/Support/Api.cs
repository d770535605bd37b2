using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TileDbWorkflows.Storage.InMemory;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Payloads;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Functions.Tests.Support;

internal static class Api
{
    public static WorkflowApi Create() =>
        new(NullLogger<WorkflowApi>.Instance, TimeProvider.System, WorkflowPayloads.Over(new InMemoryBlobDocumentStore(), Options.Create(new WorkflowOptions())));
}
