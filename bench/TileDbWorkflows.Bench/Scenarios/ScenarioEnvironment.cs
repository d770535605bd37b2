using TileDbWorkflows.Cloud;
using TileDbWorkflows.Worker.DurableTask;
using TileDbWorkflows.Workflows.Common;

namespace TileDbWorkflows.Bench.Scenarios;

/// <summary>What a scenario's limit run gets: the raw client, the shipped settings it mirrors, and Azurite if running.</summary>
internal sealed record ScenarioEnvironment(
    ITileDbCloudClient Client,
    WorkflowOptions Workflows,
    DurableBackendOptions Durable,
    string? StorageConnectionString);
