using Cronos;

namespace TileDbWorkflows.Worker.Scheduling;

internal static class CronSchedule
{
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
}
