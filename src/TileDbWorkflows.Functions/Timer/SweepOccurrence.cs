using Cronos;
using Microsoft.Azure.Functions.Worker;

namespace TileDbWorkflows.Functions.Timer;

/// <summary>
/// The schedule occurrence a timer invocation stands for, which names the sweep instance. Never the wall clock as is:
/// timers fire a little early or late, and a past-due run at start-up fires long after its occurrence.
/// </summary>
public static class SweepOccurrence
{
    /// <summary>Timers fire up to about a second early (clock skew); an occurrence this close ahead of now is the one firing.</summary>
    public static readonly TimeSpan EarlyFireTolerance = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan MaxLookBack = TimeSpan.FromDays(366 * 9);

    /// <summary>
    /// With schedule monitoring on (the default), the host hands over its status record, whose <c>Next</c> is the
    /// occurrence it is invoking now, including a missed one run past due at start-up: the record is named from the
    /// scheduler's side, it is not the occurrence after this one. Without a record (<c>UseMonitor = false</c>) the
    /// occurrence is the latest one of <paramref name="schedule"/> at or before <paramref name="now"/>, in the host's time zone.
    /// </summary>
    public static DateTimeOffset Of(TimerInfo timer, string? schedule, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(timer);
        if (timer.ScheduleStatus is { } status && status.Next != default)
        {
            // Kind Local or Unspecified both mean the host's local time, which is UTC unless WEBSITE_TIME_ZONE says otherwise.
            return new DateTimeOffset(status.Next).ToUniversalTime();
        }
        return Latest(schedule, now, zone);
    }

    /// <summary>The latest occurrence of an NCRONTAB (six fields) or cron (five fields) schedule at or just before <paramref name="now"/>.</summary>
    public static DateTimeOffset Latest(string? schedule, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(schedule);
        ArgumentNullException.ThrowIfNull(zone);
        var fields = schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var cron = CronExpression.Parse(schedule, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
        var to = now + EarlyFireTolerance;
        // Cronos only looks forward, so look back over growing windows: an hour covers frequent schedules cheaply,
        // nine years covers a 29 February schedule.
        for (var lookBack = TimeSpan.FromHours(1); ; lookBack *= 4)
        {
            var window = lookBack < MaxLookBack ? lookBack : MaxLookBack;
            DateTimeOffset? latest = null;
            foreach (var occurrence in cron.GetOccurrences(to - window, to, zone, fromInclusive: true, toInclusive: true))
            {
                latest = occurrence;
            }
            if (latest is { } found)
            {
                return found.ToUniversalTime();
            }
            if (window == MaxLookBack)
            {
                throw new InvalidOperationException($"the schedule '{schedule}' has no occurrence in the {MaxLookBack.TotalDays:0} days before {now:o}");
            }
        }
    }
}
