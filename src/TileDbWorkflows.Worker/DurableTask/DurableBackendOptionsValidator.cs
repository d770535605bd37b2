using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using TileDbWorkflows.Storage.Connections;

namespace TileDbWorkflows.Worker.DurableTask;

/// <summary>Fails start-up with every problem listed, rather than failing later inside the storage SDK.</summary>
internal sealed partial class DurableBackendOptionsValidator(IConfiguration configuration) : IValidateOptions<DurableBackendOptions>
{
    public ValidateOptionsResult Validate(string? name, DurableBackendOptions options)
    {
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Backend))
        {
            failures.Add($"Durable:Backend must be {DurableBackend.InMemory} or {DurableBackend.AzureStorage}.");
        }
        if (options.Backend == DurableBackend.AzureStorage
            && (string.IsNullOrWhiteSpace(options.Connection)
                || !StorageConnectionResolver.IsConfigured(configuration, options.Connection, options.ConnectionString)))
        {
            failures.Add($"Durable:Backend is AzureStorage but neither Durable:ConnectionString nor the connection '{options.Connection}' (Durable:Connection) is set. "
                + StorageConnectionResolver.MissingMessage(options.Connection ?? "AzureWebJobsStorage"));
        }
        if (options.TaskHubName is null || !TaskHubNamePattern().IsMatch(options.TaskHubName))
        {
            // Azure Storage derives queue and table names from the hub name, which constrains it.
            failures.Add("Durable:TaskHubName must be 3-45 letters or digits and start with a letter.");
        }
        if (options.MaxConcurrentActivities is < 1 or > 1000)
        {
            failures.Add("Durable:MaxConcurrentActivities must be between 1 and 1000.");
        }
        if (options.MaxConcurrentOrchestrations is < 1 or > 1000)
        {
            failures.Add("Durable:MaxConcurrentOrchestrations must be between 1 and 1000.");
        }
        if (options.PartitionCount is < 1 or > 16)
        {
            failures.Add("Durable:PartitionCount must be between 1 and 16.");
        }
        if (options.GrpcPort is < 0 or > 65535)
        {
            failures.Add("Durable:GrpcPort must be between 0 and 65535.");
        }
        if (options.MaxQueuePollingInterval < TimeSpan.FromMilliseconds(100) || options.MaxQueuePollingInterval > TimeSpan.FromMinutes(5))
        {
            failures.Add("Durable:MaxQueuePollingInterval must be between 00:00:00.1 and 00:05:00.");
        }
        if (options.PartitionLeaseInterval < TimeSpan.FromSeconds(3) || options.PartitionLeaseInterval > TimeSpan.FromMinutes(5))
        {
            failures.Add("Durable:PartitionLeaseInterval must be between 00:00:03 and 00:05:00.");
        }
        if (options.ControlQueueVisibilityTimeout < TimeSpan.FromSeconds(5) || options.ControlQueueVisibilityTimeout > TimeSpan.FromHours(1))
        {
            failures.Add("Durable:ControlQueueVisibilityTimeout must be between 00:00:05 and 01:00:00.");
        }
        if (options.WorkItemQueueVisibilityTimeout < TimeSpan.FromSeconds(5) || options.WorkItemQueueVisibilityTimeout > TimeSpan.FromHours(1))
        {
            failures.Add("Durable:WorkItemQueueVisibilityTimeout must be between 00:00:05 and 01:00:00.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,44}$")]
    private static partial Regex TaskHubNamePattern();
}
