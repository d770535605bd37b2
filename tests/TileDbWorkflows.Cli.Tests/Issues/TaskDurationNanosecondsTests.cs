using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using TileDbWorkflows.Cli.Tests.Support;
using TileDbWorkflows.Cloud.Tasks;
using TileDbWorkflows.Emulator;
using TileDbWorkflows.Emulator.Tasks;

namespace TileDbWorkflows.Cli.Tests.Issues;

/// <summary>
/// Issue 15: the wire <c>duration</c> of an ArrayTask is in nanoseconds, but tdbw read it as seconds, so a 0.1 s task
/// showed as 9:46:40, <c>tasks wait</c> said "completed in 14:13:20" for an 8 s task, and a running task's duration
/// seemed to go down once its hour field wrapped.
/// </summary>
public sealed class TaskDurationNanosecondsTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private EmulatorServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await EmulatorServer.StartAsync(new EmulatorOptions { TimeProvider = _time });
        await _server.Admin.SetTaskBehaviorAsync(new TaskBehaviorSpec
        {
            Rules =
            [
                new TaskBehaviorRule { Match = "tenth", QueuedMs = 0, RunningMs = 100 },
                new TaskBehaviorRule { Match = "eight", QueuedMs = 0, RunningMs = 8_000 },
                new TaskBehaviorRule { Match = "days", QueuedMs = 0, RunningMs = (int)TimeSpan.FromDays(3).TotalMilliseconds },
            ],
        });
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<TempProfile> LoggedInAsync()
    {
        var profile = new TempProfile();
        var login = await profile.RunAsync("login", "--host", _server.BaseAddress.ToString().TrimEnd('/'), "--token", "demo-token");
        Assert.True(login.ExitCode == 0, login.ToString());
        return profile;
    }

    private async Task<string> SubmitAsync(string query)
    {
        using var client = TileDbCloudClientFor();
        var submitted = await client.Tasks.SubmitSqlAsync("demo", new SqlSubmission { Query = query });
        return submitted.TaskId!;
    }

    private Cloud.TileDbCloudClient TileDbCloudClientFor() => Cloud.TileDbCloudClient.Create(new Cloud.TileDbCloudOptions
    {
        ServerAddress = _server.BaseAddress.ToString().TrimEnd('/'), ApiToken = "demo-token", UseConfigFile = false, SaveSessionOnLogin = false,
    });

    [Fact]
    public async Task A_tenth_of_a_second_shows_as_0_1_s_and_travels_as_nanoseconds()
    {
        using var profile = await LoggedInAsync();
        var id = await SubmitAsync("select 1 -- tenth");
        _time.Advance(TimeSpan.FromSeconds(1));

        var get = await profile.RunAsync("tasks", "get", id);
        var json = await profile.RunAsync("tasks", "get", id, "--json");

        Assert.True(get.ExitCode == 0, get.ToString());
        Assert.Contains("0.1 s", get.Stdout, StringComparison.Ordinal);
        Assert.Equal(100_000_000d, JsonDocument.Parse(json.Stdout).RootElement.GetProperty("duration").GetDouble());
    }

    [Fact]
    public async Task Wait_says_completed_in_8_s_for_an_8_second_task()
    {
        using var profile = await LoggedInAsync();
        var id = await SubmitAsync("select 8 -- eight");
        _time.Advance(TimeSpan.FromSeconds(30));

        var result = await profile.RunAsync("tasks", "wait", id);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"task {id} completed in 8 s", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_running_task_never_looks_shorter_in_a_later_listing()
    {
        using var profile = await LoggedInAsync();
        var id = await SubmitAsync("select 3 -- days");

        _time.Advance(TimeSpan.FromHours(23) + TimeSpan.FromMinutes(59));
        var before = await profile.RunAsync("tasks", "get", id);
        _time.Advance(TimeSpan.FromMinutes(2));
        var after = await profile.RunAsync("tasks", "get", id);

        Assert.Contains("23 h 59 min", before.Stdout, StringComparison.Ordinal);
        Assert.Contains("24 h 1 min", after.Stdout, StringComparison.Ordinal);
    }
}
