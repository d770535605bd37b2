using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using TileDbWorkflows.Storage.Connections;

namespace TileDbWorkflows.Worker.Queues;

internal sealed partial class QueueListenerOptionsValidator(IConfiguration configuration) : IValidateOptions<QueueListenerOptions>
{
    public ValidateOptionsResult Validate(string? name, QueueListenerOptions options)
    {
        var section = name ?? "queue listener";
        var failures = new List<string>();
        // 56 leaves room for the "-poison" suffix within the 63-character limit of queue names.
        if (string.IsNullOrEmpty(options.QueueName) || options.QueueName.Length > 56 || !QueueNamePattern().IsMatch(options.QueueName))
        {
            failures.Add($"{section}:QueueName must be 3-56 lowercase letters, digits or single hyphens, starting and ending with a letter or digit.");
        }
        if (string.IsNullOrWhiteSpace(options.Connection)
            || !StorageConnectionResolver.IsConfigured(configuration, options.Connection, options.ConnectionString))
        {
            failures.Add($"{section}:ConnectionString, or the connection {section}:Connection names ('{options.Connection}'), must be set: "
                + StorageConnectionResolver.MissingMessage(options.Connection ?? "AzureWebJobsStorage"));
        }
        if (options.BatchSize is < 1 or > 32)
        {
            failures.Add($"{section}:BatchSize must be between 1 and 32 (the queue service's limit).");
        }
        if (options.MaxConcurrency is < 1 or > 1024)
        {
            failures.Add($"{section}:MaxConcurrency must be between 1 and 1024.");
        }
        if (options.MaxDequeueCount < 1)
        {
            failures.Add($"{section}:MaxDequeueCount must be at least 1.");
        }
        // The service counts visibility in whole seconds and allows at most 7 days.
        if (options.VisibilityTimeout < TimeSpan.FromSeconds(1) || options.VisibilityTimeout > TimeSpan.FromDays(7))
        {
            failures.Add($"{section}:VisibilityTimeout must be between 00:00:01 and 7.00:00:00.");
        }
        if (options.RetryBackoff < TimeSpan.Zero || options.RetryBackoff > TimeSpan.FromDays(7))
        {
            failures.Add($"{section}:RetryBackoff must be between 00:00:00 and 7.00:00:00.");
        }
        if (options.PollInterval < TimeSpan.FromMilliseconds(100) || options.PollInterval > TimeSpan.FromMinutes(10))
        {
            failures.Add($"{section}:PollInterval must be between 00:00:00.1 and 00:10:00.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,}$")]
    private static partial Regex QueueNamePattern();
}
