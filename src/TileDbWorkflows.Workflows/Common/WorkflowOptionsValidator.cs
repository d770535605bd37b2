using Microsoft.Extensions.Options;

namespace TileDbWorkflows.Workflows.Common;

/// <summary>Rejects settings that would make a workflow unbounded or stall, naming each bad key.</summary>
public sealed class WorkflowOptionsValidator : IValidateOptions<WorkflowOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkflowOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        void Range(string key, double value, double min, double max)
        {
            if (double.IsNaN(value) || value < min || value > max)
            {
                errors.Add($"{WorkflowOptions.SectionName}:{key} must be between {min} and {max} (was {value})");
            }
        }
        void Span(string key, TimeSpan value, TimeSpan min, TimeSpan max)
        {
            if (value < min || value > max)
            {
                errors.Add($"{WorkflowOptions.SectionName}:{key} must be between {min} and {max} (was {value})");
            }
        }

        Range(nameof(options.BatchSize), options.BatchSize, 1, 1000);
        // TileDB takes one invitation request per batch; very large bodies are refused by the service.
        Range(nameof(options.InvitationBatchSize), options.InvitationBatchSize, 1, 1000);
        Range(nameof(options.InvitationChunkSize), options.InvitationChunkSize, 1, 10_000);
        Range(nameof(options.MaxParallelActivities), options.MaxParallelActivities, 1, 64);
        Range(nameof(options.MaxParallelSubOrchestrations), options.MaxParallelSubOrchestrations, 1, 64);
        Range(nameof(options.RetryMaxAttempts), options.RetryMaxAttempts, 1, 20);
        Range(nameof(options.RetryBackoffCoefficient), options.RetryBackoffCoefficient, 1, 10);
        Range(nameof(options.TaskPollBackoffCoefficient), options.TaskPollBackoffCoefficient, 1, 10);
        Range(nameof(options.TaskWatchPollsPerGeneration), options.TaskWatchPollsPerGeneration, 1, 1000);
        Range(nameof(options.TaskResubmitMaxAttempts), options.TaskResubmitMaxAttempts, 1, 10);
        // Bounded so one chunk's items and report lines stay far below the sidecar's 4 MB message limit.
        Range(nameof(options.ChunkSize), options.ChunkSize, 1, 10_000);
        Range(nameof(options.ChunksPerGeneration), options.ChunksPerGeneration, 1, 64);
        Range(nameof(options.ReportFailuresShown), options.ReportFailuresShown, 0, 1000);
        Range(nameof(options.InlineReportItems), options.InlineReportItems, 0, 10_000);
        Span(nameof(options.ApprovalTimeout), options.ApprovalTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromDays(30));
        Range(nameof(options.AutoApproveMaxDestructive), options.AutoApproveMaxDestructive, 0, 100_000);
        Range(nameof(options.InlinePayloadBytes), options.InlinePayloadBytes, 1024, 1024 * 1024);
        Range(nameof(options.MaxRequestBodyBytes), options.MaxRequestBodyBytes, 1024, 1024L * 1024 * 1024);
        if (string.IsNullOrWhiteSpace(options.PayloadContainer))
        {
            errors.Add($"{WorkflowOptions.SectionName}:PayloadContainer must name a blob container");
        }
        Span(nameof(options.RetryFirstInterval), options.RetryFirstInterval, TimeSpan.FromMilliseconds(1), TimeSpan.FromHours(1));
        Span(nameof(options.RetryMaxInterval), options.RetryMaxInterval, TimeSpan.FromMilliseconds(1), TimeSpan.FromDays(1));
        Span(nameof(options.TaskPollInterval), options.TaskPollInterval, TimeSpan.FromMilliseconds(1), TimeSpan.FromHours(1));
        Span(nameof(options.TaskPollMaxInterval), options.TaskPollMaxInterval, TimeSpan.FromMilliseconds(1), TimeSpan.FromDays(1));
        Span(nameof(options.TaskWatchTimeout), options.TaskWatchTimeout, TimeSpan.FromSeconds(1), Tasks.TaskWatchRequestValidator.MaxTimeout);
        if (options.RetryMaxInterval < options.RetryFirstInterval)
        {
            errors.Add($"{WorkflowOptions.SectionName}:RetryMaxInterval must not be shorter than RetryFirstInterval");
        }
        if (options.TaskPollMaxInterval < options.TaskPollInterval)
        {
            errors.Add($"{WorkflowOptions.SectionName}:TaskPollMaxInterval must not be shorter than TaskPollInterval");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
