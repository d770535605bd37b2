using System.Net;
using System.Text.Json;
using TileDbWorkflows.Emulator.Tasks;
using TileDbWorkflows.Emulator.Tests.Support;

namespace TileDbWorkflows.Emulator.Tests.Tasks;

public sealed class TaskLifecycleTests
{
    private static async Task<string> SubmitSqlAsync(HttpClient client, string ns, string query)
    {
        var (status, body, response) = await client.SendAsync(HttpMethod.Post, $"/v1/sql/{ns}", new { query });
        Assert.True(status == HttpStatusCode.NoContent, $"{(int)status} {body}");
        return response.Headers.GetValues("X-TILEDB-CLOUD-TASK-ID").Single();
    }

    private static async Task<string> StatusAsync(HttpClient client, string id) =>
        (await client.GetOkAsync($"/v1/task/{id}")).GetProperty("status").GetString()!;

    [Fact]
    public async Task Sql_task_moves_queued_running_completed_on_the_emulator_clock()
    {
        var (emu, time) = await Emulators.StartWithFakeTimeAsync();
        await using var _ = emu;
        await emu.Admin.SetTaskBehaviorAsync(new TaskBehaviorSpec
        {
            Default = new TaskBehaviorRule { QueuedMs = 1000, RunningMs = 5000, Result = JsonDocument.Parse("[{\"n\":1}]").RootElement },
        });
        using var alice = emu.CreateClient("alice-token");
        var id = await SubmitSqlAsync(alice, "alice", "select 1");

        Assert.Equal("QUEUED", await StatusAsync(alice, id));
        await alice.ExpectAsync(HttpMethod.Get, $"/v1/task/{id}/result", HttpStatusCode.Accepted);
        time.Advance(TimeSpan.FromSeconds(1));
        var running = await alice.GetOkAsync($"/v1/task/{id}");
        Assert.Equal("RUNNING", running.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, running.GetProperty("start_time").ValueKind);
        time.Advance(TimeSpan.FromSeconds(5));
        var done = await alice.GetOkAsync($"/v1/task/{id}");
        Assert.Equal("COMPLETED", done.GetProperty("status").GetString());
        Assert.Equal(5e9, done.GetProperty("duration").GetDouble());
        Assert.Equal("SQL", done.GetProperty("type").GetString());
        Assert.Equal("select 1", done.GetProperty("sql_query").GetString());
        Assert.Equal(1, (await alice.GetOkAsync($"/v1/task/{id}/result"))[0].GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task Outcomes_are_set_per_rule_and_rules_run_out_by_count()
    {
        var (emu, time) = await Emulators.StartWithFakeTimeAsync();
        await using var _ = emu;
        await emu.Admin.SetTaskBehaviorAsync(new TaskBehaviorSpec
        {
            Rules =
            [
                new TaskBehaviorRule { Match = "boom", Outcome = "FAILED", StatusMessage = "syntax error", Count = 1 },
                new TaskBehaviorRule { Type = "GENERIC_UDF", Outcome = "RESOURCES_UNAVAILABLE" },
            ],
        });
        using var alice = emu.CreateClient("alice-token");
        var failed = await SubmitSqlAsync(alice, "alice", "select boom");
        var second = await SubmitSqlAsync(alice, "alice", "select boom");
        var (status, _, response) = await alice.SendAsync(HttpMethod.Post, "/v1/udfs/generic/alice", new { exec = "def f(): return 1", language = "python" });
        Assert.Equal(HttpStatusCode.NoContent, status);
        var udf = response.Headers.GetValues("X-TILEDB-CLOUD-TASK-ID").Single();

        time.Advance(TimeSpan.FromSeconds(10));
        var f = await alice.GetOkAsync($"/v1/task/{failed}");
        Assert.Equal("FAILED", f.GetProperty("status").GetString());
        Assert.Equal("syntax error", f.GetProperty("status_message").GetString());
        Assert.Equal("COMPLETED", await StatusAsync(alice, second));
        var u = await alice.GetOkAsync($"/v1/task/{udf}");
        Assert.Equal("RESOURCES_UNAVAILABLE", u.GetProperty("status").GetString());
        Assert.Equal("GENERIC_UDF", u.GetProperty("type").GetString());
        await alice.ExpectAsync(HttpMethod.Get, $"/v1/task/{failed}/result", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Tasks_progress_in_real_time_with_short_durations()
    {
        await using var emu = await Emulators.StartAsync();
        await emu.Admin.SetTaskBehaviorAsync(new TaskBehaviorSpec { Default = new TaskBehaviorRule { QueuedMs = 20, RunningMs = 50 } });
        using var alice = emu.CreateClient("alice-token");
        var id = await SubmitSqlAsync(alice, "alice", "select 2");
        await Eventually.UntilAsync(() => StatusAsync(alice, id), s => s == "COMPLETED", TimeSpan.FromSeconds(10), "task completes");
    }

    [Fact]
    public async Task Task_list_filters_and_pages_and_hides_other_users_tasks()
    {
        var (emu, time) = await Emulators.StartWithFakeTimeAsync();
        await using var _ = emu;
        using var alice = emu.CreateClient("alice-token");
        using var bob = emu.CreateClient("bob-token");
        await SubmitSqlAsync(alice, "alice", "select 1");
        time.Advance(TimeSpan.FromSeconds(1));
        await SubmitSqlAsync(alice, "alice", "select 2");
        var (_, _, response) = await alice.SendAsync(HttpMethod.Post, "/v1/arrays/TileDB-Inc/quickstart_sparse/udf/submit", new { exec = "f", language = "python" });
        var arrayTask = response.Headers.GetValues("X-TILEDB-CLOUD-TASK-ID").Single();

        var all = await alice.GetOkAsync("/v1/tasks?per_page=2&page=1");
        Assert.Equal(3, all.GetProperty("pagination_metadata").GetProperty("total_items").GetInt32());
        Assert.Equal(2, all.GetProperty("array_tasks").GetArrayLength());
        var onArray = await alice.GetOkAsync("/v1/tasks?array=tiledb://TileDB-Inc/quickstart_sparse");
        Assert.Equal(arrayTask, onArray.GetProperty("array_tasks")[0].GetProperty("id").GetString());
        Assert.Equal("quickstart_sparse", onArray.GetProperty("array_tasks")[0].GetProperty("array_metadata").GetProperty("name").GetString());
        Assert.Equal(2, (await alice.GetOkAsync("/v1/tasks?status=QUEUED")).GetProperty("array_tasks").GetArrayLength());
        Assert.Single((await alice.GetOkAsync("/v1/tasks?status=COMPLETED")).GetProperty("array_tasks").EnumerateArray());
        Assert.Empty((await bob.GetOkAsync("/v1/tasks")).GetProperty("array_tasks").EnumerateArray());
        await bob.ExpectAsync(HttpMethod.Get, $"/v1/task/{arrayTask}", HttpStatusCode.NotFound);

        var (status, body, _) = await alice.SendAsync(HttpMethod.Get, "/v1/tasks?array=quickstart_sparse");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(24, body.GetProperty("code").GetInt32());
        var activity = await alice.GetOkAsync("/v1/arrays/TileDB-Inc/quickstart_sparse/activity?has_task_id=True");
        Assert.Equal(arrayTask, activity[0].GetProperty("array_task_id").GetString());
    }

    [Fact]
    public async Task Submissions_need_a_namespace_the_caller_may_charge()
    {
        await using var emu = await Emulators.StartAsync();
        using var bob = emu.CreateClient("bob-token");
        await bob.ExpectAsync(HttpMethod.Post, "/v1/sql/alice", HttpStatusCode.Forbidden, new { query = "select 1" });
        await bob.ExpectAsync(HttpMethod.Post, "/v1/sql/nobody", HttpStatusCode.NotFound, new { query = "select 1" });
        await bob.ExpectAsync(HttpMethod.Post, "/v1/udfs/arrays/bob", HttpStatusCode.NotFound, new { exec = "f", arrays = new[] { new { uri = "tiledb://alice/private" } } });
    }
}
