using Cronos;

namespace TileDbWorkflows.Hosting.Scheduling;

/// <summary>
/// Cron schedules as both hosts read <c>SweepSchedule</c>: the six-field NCRONTAB form with seconds that Functions
/// uses, or the five-field form. The Functions timer and the worker's scheduler parse and look back the same way.
/// </summary>
public static class CronSchedule
{
    /// <summary>Timers fire up to about a second early (clock skew); an occurrence this close ahead of now is the one firing.</summary>
    public static readonly TimeSpan EarlyFireTolerance = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan MaxLookBack = TimeSpan.FromDays(366 * 9);

    /// <summary>Accepts the five-field form and the six-field form with seconds that Functions uses.</summary>
    public static bool TryParse(string? expression, out CronExpression? cron)
    {
        cron = null;
        if (string.IsNullOrWhiteSpace(expression))
        {
            return false;
        }
        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var format = fields switch
        {
            5 => CronFormat.Standard,
            6 => CronFormat.IncludeSeconds,
            _ => (CronFormat?)null,
        };
        return format is not null && CronExpression.TryParse(expression.Trim(), format.Value, out cron);
    }

    public static CronExpression Parse(string expression) =>
        TryParse(expression, out var cron) ? cron! : throw new FormatException($"Invalid cron expression '{expression}'.");

    /// <summary>The latest occurrence of <paramref name="schedule"/> at or just before <paramref name="now"/>, in UTC.</summary>
    public static DateTimeOffset Latest(string? schedule, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(schedule);
        ArgumentNullException.ThrowIfNull(zone);
        var cron = Parse(schedule);
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
