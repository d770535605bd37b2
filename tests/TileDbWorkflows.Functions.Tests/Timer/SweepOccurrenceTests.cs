using Microsoft.Azure.Functions.Worker;
using TileDbWorkflows.Functions.Timer;
using TileDbWorkflows.Hosting.Scheduling;

namespace TileDbWorkflows.Functions.Tests.Timer;

public sealed class SweepOccurrenceTests
{
    private const string Nightly = "0 0 2 * * *";
    private static readonly DateTimeOffset TwoAm = new(2025, 3, 1, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_schedule_status_Next_is_the_occurrence_being_invoked()
    {
        var timer = new TimerInfo { ScheduleStatus = new ScheduleStatus { Last = TwoAm.AddDays(-1).UtcDateTime, Next = TwoAm.UtcDateTime } };

        // Fired 300 ms early: the wall clock is still on the day before's side of the occurrence.
        Assert.Equal(TwoAm, SweepOccurrence.Of(timer, Nightly, TwoAm.AddMilliseconds(-300), TimeZoneInfo.Utc));
    }

    [Fact]
    public void A_past_due_run_at_start_up_is_for_the_missed_occurrence_not_for_now()
    {
        var timer = new TimerInfo { IsPastDue = true, ScheduleStatus = new ScheduleStatus { Next = TwoAm.UtcDateTime } };

        // The app was down for three days: the schedule alone would name the latest occurrence, not the missed one.
        Assert.Equal(TwoAm, SweepOccurrence.Of(timer, Nightly, TwoAm.AddDays(3).AddHours(7), TimeZoneInfo.Utc));
    }

    [Fact]
    public void A_local_time_status_is_converted_to_utc()
    {
        var local = TwoAm.ToLocalTime().DateTime;
        var timer = new TimerInfo { ScheduleStatus = new ScheduleStatus { Next = DateTime.SpecifyKind(local, DateTimeKind.Local) } };

        var occurrence = SweepOccurrence.Of(timer, Nightly, TwoAm, TimeZoneInfo.Utc);

        Assert.Equal(TwoAm, occurrence);
        Assert.Equal(TimeSpan.Zero, occurrence.Offset);
    }

    [Theory]
    [InlineData(-1500)]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(250)]
    [InlineData(3_600_000)]
    public void Without_a_status_the_occurrence_comes_from_the_schedule_early_or_late(int offsetMs)
    {
        var timer = new TimerInfo();

        Assert.Equal(TwoAm, SweepOccurrence.Of(timer, Nightly, TwoAm.AddMilliseconds(offsetMs), TimeZoneInfo.Utc));
    }

    [Fact]
    public void A_weekly_schedule_looks_back_far_enough()
    {
        // 2025-03-05 is a Wednesday; the last Sunday 02:00 is 2025-03-02.
        var occurrence = CronSchedule.Latest("0 0 2 * * 0", new DateTimeOffset(2025, 3, 5, 12, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc);

        Assert.Equal(new DateTimeOffset(2025, 3, 2, 2, 0, 0, TimeSpan.Zero), occurrence);
    }

    [Fact]
    public void Five_field_cron_is_accepted_too()
    {
        Assert.Equal(TwoAm, CronSchedule.Latest("0 2 * * *", TwoAm.AddSeconds(5), TimeZoneInfo.Utc));
    }

    [Fact]
    public void The_schedule_is_read_in_the_hosts_time_zone()
    {
        var plusFiveThirty = TimeZoneInfo.CreateCustomTimeZone("test+05:30", TimeSpan.FromMinutes(330), "test", "test");

        // 02:00 at +05:30 is 20:30 UTC the day before.
        var occurrence = CronSchedule.Latest(Nightly, new DateTimeOffset(2025, 2, 28, 21, 0, 0, TimeSpan.Zero), plusFiveThirty);

        Assert.Equal(new DateTimeOffset(2025, 2, 28, 20, 30, 0, TimeSpan.Zero), occurrence);
    }

    [Fact]
    public void A_missing_schedule_setting_fails_loudly()
    {
        Assert.ThrowsAny<ArgumentException>(() => SweepOccurrence.Of(new TimerInfo(), null, TwoAm, TimeZoneInfo.Utc));
    }
}
