using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace TileDbWorkflows.Functions.Timer;

/// <summary>The nightly registration sweep: one instance per schedule occurrence, so a timer that fires twice starts one sweep.</summary>
public sealed partial class NightlySweepFunction(WorkflowApi api, IConfiguration configuration, TimeProvider time, ILogger<NightlySweepFunction> logger)
{
    public const string Schedule = "%" + AppSettings.SweepSchedule + "%";

    [Function(nameof(NightlySweep))]
    public async Task NightlySweep(
        [TimerTrigger(Schedule)] TimerInfo timer,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var occurrence = SweepOccurrence.Of(timer, configuration[AppSettings.SweepSchedule], time.GetUtcNow(), TimeZoneInfo.Local);
        LogOccurrence(occurrence, timer.ScheduleStatus is not null, timer.IsPastDue);
        await api.StartScheduledSweepAsync(client, occurrence, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Nightly sweep for occurrence {Occurrence:o} (from schedule status: {FromStatus}, past due: {IsPastDue})")]
    private partial void LogOccurrence(DateTimeOffset occurrence, bool fromStatus, bool isPastDue);
}
