using System.Text.Json;
using TileDbWorkflows.Cli.Tests.Support;
using TileDbWorkflows.Cloud.Tasks;
using TileDbWorkflows.Emulator.Tasks;

namespace TileDbWorkflows.Cli.Tests.Tasks;

public sealed class TasksTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private async Task<string> SubmitSqlAsync(string query)
    {
        // The client submits directly, as a notebook or the worker would (`tdbw tasks sql` has its own tests).
        using var client = emulator.Client();
        var submitted = await client.Tasks.SubmitSqlAsync("demo", new SqlSubmission { Query = query });
        return submitted.TaskId ?? throw new InvalidOperationException("the emulator sent no task id");
    }

    [Fact]
    public async Task Wait_follows_a_task_to_completion()
    {
        using var profile = await emulator.LoggedInAsync();
        var id = await SubmitSqlAsync("select 1 -- wait-ok");

        var result = await profile.RunAsync("tasks", "wait", id, "--timeout", "30s");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"task {id}: COMPLETED", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("completed in", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wait_on_a_terminal_uses_the_live_status_line()
    {
        using var profile = await emulator.LoggedInAsync();
        profile.Terminal = true;
        var id = await SubmitSqlAsync("select 3 -- live");

        var result = await profile.RunAsync("tasks", "wait", id);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"task {id} completed", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wait_exits_1_when_the_task_fails()
    {
        await emulator.Server.Admin.SetTaskBehaviorAsync(new TaskBehaviorSpec
        {
            Rules = [new TaskBehaviorRule { Match = "wait-fails", Outcome = "FAILED", StatusMessage = "syntax error near 'selec'", QueuedMs = 10, RunningMs = 30 }],
        });
        using var profile = await emulator.LoggedInAsync();
        var id = await SubmitSqlAsync("selec 1 -- wait-fails");

        var result = await profile.RunAsync("tasks", "wait", id);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"task {id} ended FAILED: syntax error near 'selec'", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_get_and_last_sql()
    {
        using var profile = await emulator.LoggedInAsync();
        var id = await SubmitSqlAsync("select 2 -- listed");

        var list = await profile.RunAsync("tasks", "list", "--namespace", "demo", "--start", "1h", "--json");
        var get = await profile.RunAsync("tasks", "get", id);
        var last = await profile.RunAsync("tasks", "last-sql", "--json");

        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Contains(JsonDocument.Parse(list.Stdout).RootElement.GetProperty("items").EnumerateArray(), t => t.GetProperty("id").GetString() == id);
        Assert.True(get.ExitCode == 0, get.ToString());
        Assert.Contains("select 2 -- listed", get.Stdout, StringComparison.Ordinal);
        Assert.True(last.ExitCode == 0, last.ToString());
        Assert.Equal("SQL", JsonDocument.Parse(last.Stdout).RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task An_unknown_status_filter_is_a_usage_error()
    {
        using var profile = await emulator.LoggedInAsync();

        var result = await profile.RunAsync("tasks", "list", "--status", "SLEEPING");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("RUNNING", result.Stderr, StringComparison.Ordinal);
    }
}
