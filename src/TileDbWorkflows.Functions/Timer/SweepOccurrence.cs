using TileDbWorkflows.Hosting.Scheduling;

namespace TileDbWorkflows.Functions.Timer;

/// <summary>
/// The schedule occurrence a timer invocation stands for, which names the sweep instance. Never the wall clock as is:
/// timers fire a little early or late, and a past-due run at start-up fires long after its occurrence.
/// </summary>
public static class SweepOccurrence
{
    /// <summary>
    /// With schedule monitoring on (the default), the host hands over its status record, whose <c>Next</c> is the
    /// occurrence it is invoking now, including a missed one run past due at start-up: the record is named from the
    /// scheduler's side, it is not the occurrence after this one. Without a record (<c>UseMonitor = false</c>) the
    /// occurrence is the latest one of <paramref name="schedule"/> at or just before <paramref name="now"/>, in the host's time zone.
    /// </summary>
    public static DateTimeOffset Of(TimerInfo timer, string? schedule, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(timer);
        if (timer.ScheduleStatus is { } status && status.Next != default)
        {
            // Kind Local or Unspecified both mean the host's local time, which is UTC unless WEBSITE_TIME_ZONE says otherwise.
            return new DateTimeOffset(status.Next).ToUniversalTime();
        }
        return CronSchedule.Latest(schedule, now, zone);
    }
}
