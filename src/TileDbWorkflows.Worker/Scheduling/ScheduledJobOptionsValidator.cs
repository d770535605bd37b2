using Microsoft.Extensions.Options;
using TileDbWorkflows.Hosting.Scheduling;
using TileDbWorkflows.Storage.Connections;

namespace TileDbWorkflows.Worker.Scheduling;

internal sealed class ScheduledJobOptionsValidator(IConfiguration configuration) : IValidateOptions<ScheduledJobOptions>
{
    public ValidateOptionsResult Validate(string? name, ScheduledJobOptions options)
    {
        var job = name ?? "scheduled job";
        var failures = new List<string>();
        if (!CronSchedule.TryParse(options.Schedule, out _))
        {
            failures.Add($"The schedule of {job} ('{options.Schedule}') is not a valid cron expression of five or six fields.");
        }
        if (string.IsNullOrWhiteSpace(options.Connection)
            || !StorageConnectionResolver.IsConfigured(configuration, options.Connection, options.ConnectionString))
        {
            failures.Add($"Schedules:{job}:ConnectionString, or the connection Schedules:{job}:Connection names, must be set: occurrences are claimed in blob storage. "
                + StorageConnectionResolver.MissingMessage(options.Connection ?? "AzureWebJobsStorage"));
        }
        if (string.IsNullOrWhiteSpace(options.ContainerName) || options.ContainerName.Length is < 3 or > 63
            || options.ContainerName.Any(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')))
        {
            failures.Add($"Schedules:{job}:ContainerName must be 3-63 lowercase letters, digits or hyphens.");
        }
        if (options.LeaseDuration < TimeSpan.FromSeconds(15) || options.LeaseDuration > TimeSpan.FromSeconds(60))
        {
            failures.Add($"Schedules:{job}:LeaseDuration must be between 15 and 60 seconds (blob lease limits).");
        }
        if (options.MaxCatchUp < 1)
        {
            failures.Add($"Schedules:{job}:MaxCatchUp must be at least 1.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
