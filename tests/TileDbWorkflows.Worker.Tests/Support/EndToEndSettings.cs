using TileDbWorkflows.Emulator;

namespace TileDbWorkflows.Worker.Tests.Support;

/// <summary>
/// Worker settings for the end-to-end tests: AzureStorage backend on the shared Azurite with a task hub of the test's
/// own, the emulator as TileDB Cloud, and short intervals everywhere so waits take seconds, not minutes.
/// </summary>
internal static class EndToEndSettings
{
    public static Dictionary<string, string?> For(string storage, EmulatorServer emulator, string taskHub, string queue) => new()
    {
        ["Durable:Backend"] = "AzureStorage",
        ["AzureWebJobsStorage"] = storage,
        ["TaskHubName"] = taskHub,
        ["Durable:MaxQueuePollingInterval"] = "00:00:00.5",
        // A killed worker's partitions and messages come back within seconds instead of 30 s / 5 min.
        ["Durable:PartitionLeaseInterval"] = "00:00:06",
        ["Durable:ControlQueueVisibilityTimeout"] = "00:00:10",
        ["Durable:WorkItemQueueVisibilityTimeout"] = "00:00:10",
        ["TileDb:ServerAddress"] = emulator.BaseAddress.ToString().TrimEnd('/'),
        ["TileDb:ApiToken"] = "demo-token", // The emulator's well-known token of its seeded user 'demo'.
        ["TileDb:UseConfigFile"] = "false",
        ["BulkInvitationsQueue"] = queue,
        ["Queues:BulkInvitations:PollInterval"] = "00:00:00.5",
        ["Queues:BulkInvitations:RetryBackoff"] = "00:00:01",
        ["Queues:BulkInvitations:MaxDequeueCount"] = "3",
        // Far away unless a test sets its own schedule; each test's claims live in its own container.
        ["SweepSchedule"] = "0 0 2 1 1 *",
        ["Schedules:Sweep:ContainerName"] = taskHub + "-claims",
        ["Workflows:RetryFirstInterval"] = "00:00:01",
        ["Workflows:TaskPollInterval"] = "00:00:01",
        ["Workflows:TaskPollBackoffCoefficient"] = "1",
    };
}
