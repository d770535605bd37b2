using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using TileDbWorkflows.Hosting;
using TileDbWorkflows.Functions.Tests.Support;
using TileDbWorkflows.Functions.Timer;
using TileDbWorkflows.Workflows.Sweep;

namespace TileDbWorkflows.Functions.Tests.Timer;

public sealed class NightlySweepFunctionTests
{
    // Hourly, so the expected occurrence is the same in every whole-hour time zone the test machine may be in.
    private const string Hourly = "0 0 * * * *";
    private static readonly DateTimeOffset Occurrence = new(2025, 3, 1, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Starts_the_sweep_orchestrator_under_the_occurrence_instance_id()
    {
        var client = new FakeDurableClient();
        // Past due by three and a half hours: the host's status record, not the clock, names the occurrence.
        var timer = new TimerInfo { IsPastDue = true, ScheduleStatus = new ScheduleStatus { Next = Occurrence.UtcDateTime } };

        await Function(Occurrence.AddHours(3.5)).NightlySweep(timer, client.Object, default);

        var scheduled = Assert.Single(client.Scheduled);
        Assert.Equal(nameof(SweepOrchestrator), scheduled.Orchestrator);
        Assert.Equal("sweep-at-20250301T020000Z", scheduled.InstanceId);
        var input = Assert.IsType<SweepRequest>(scheduled.Input);
        Assert.Null(input.Manifest);
        Assert.False(input.DryRun);
    }

    [Fact]
    public async Task A_timer_that_fires_twice_for_one_occurrence_starts_one_sweep()
    {
        var client = new FakeDurableClient();

        // Once early without a status record, once late after a restart with one: same occurrence either way.
        await Function(Occurrence.AddMilliseconds(-400)).NightlySweep(new TimerInfo(), client.Object, default);
        await Function(Occurrence.AddMinutes(9)).NightlySweep(new TimerInfo { IsPastDue = true, ScheduleStatus = new ScheduleStatus { Next = Occurrence.UtcDateTime } }, client.Object, default);

        Assert.Equal("sweep-at-20250301T020000Z", Assert.Single(client.Scheduled).InstanceId);
    }

    [Fact]
    public async Task The_next_occurrence_starts_a_new_sweep()
    {
        var client = new FakeDurableClient();

        await Function(Occurrence.AddSeconds(1)).NightlySweep(new TimerInfo(), client.Object, default);
        await Function(Occurrence.AddHours(1).AddSeconds(1)).NightlySweep(new TimerInfo(), client.Object, default);

        Assert.Equal(["sweep-at-20250301T020000Z", "sweep-at-20250301T030000Z"], client.Scheduled.Select(s => s.InstanceId));
    }

    private static NightlySweepFunction Function(DateTimeOffset now)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [AppSettings.SweepSchedule] = Hourly })
            .Build();
        return new NightlySweepFunction(Api.Create(), configuration, new FixedTimeProvider(now), NullLogger<NightlySweepFunction>.Instance);
    }
}
