namespace TileDbWorkflows.Worker.Tests.Scheduling;

/// <summary>The schedule the scheduler tests run on fake time: every ten seconds from 02:00.</summary>
internal static class TestSchedule
{
    // Six fields, seconds first, as Functions' NCRONTAB: every ten seconds.
    public const string EveryTenSeconds = "*/10 * * * * *";
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 1, 59, 55, TimeSpan.Zero);
    public static readonly DateTimeOffset First = new(2026, 3, 1, 2, 0, 0, TimeSpan.Zero);
}
