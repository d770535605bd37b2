using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Tasks;
using TileDbWorkflows.Emulator.Tasks;
using TileDbWorkflows.Emulator.Tests.Support;

namespace TileDbWorkflows.Emulator.Tests.Contract;

public sealed class TasksContractTests
{
    [Fact]
    public async Task Sql_and_udf_submissions_are_polled_to_their_outcome()
    {
        var (emu, time) = await Emulators.StartWithFakeTimeAsync();
        await using var _ = emu;
        await emu.Admin.SetTaskBehaviorAsync(new TaskBehaviorSpec
        {
            Default = new TaskBehaviorRule { QueuedMs = 1000, RunningMs = 1000 },
            Rules = [new TaskBehaviorRule { Type = "GENERIC_UDF", Outcome = "FAILED", StatusMessage = "boom" }],
        });
        using var alice = ContractClient.Create(emu, "alice-token");
        var sql = await alice.Tasks.SubmitSqlAsync("alice", new SqlSubmission { Query = "select 1", Name = "q" });
        Assert.NotNull(sql.TaskId);
        Assert.Equal(sql.TaskId, alice.Tasks.LastSqlTaskId);
        Assert.Equal(ArrayTaskStatus.Queued, (await alice.Tasks.GetAsync(sql.TaskId!)).Status);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(ArrayTaskStatus.Running, (await alice.Tasks.GetLastSqlTaskAsync()).Status);
        time.Advance(TimeSpan.FromSeconds(1));
        var done = await alice.Tasks.GetAsync(sql.TaskId!);
        Assert.Equal(ArrayTaskStatus.Completed, done.Status);
        Assert.Equal(ArrayTaskType.Sql, done.Type);
        Assert.Equal(1e9, done.Duration);

        var udf = await alice.Tasks.SubmitGenericUdfAsync("alice", new GenericUdfSubmission { Exec = "def f(): pass", Language = "python" });
        Assert.Equal(udf.TaskId, alice.Tasks.LastUdfTaskId);
        time.Advance(TimeSpan.FromSeconds(5));
        var failed = await alice.Tasks.GetLastUdfTaskAsync();
        Assert.Equal(ArrayTaskStatus.Failed, failed.Status);
        Assert.Equal("boom", failed.StatusMessage);

        var completed = await alice.Tasks.ListAsync(new TaskListFilter { Status = ArrayTaskStatus.Completed });
        Assert.Equal(sql.TaskId, Assert.Single(completed.Items).Id);
        var all = new List<string>();
        await foreach (var t in alice.Tasks.ListAllAsync(new TaskListFilter { PerPage = 1 }))
        {
            all.Add(t.Id!);
        }

        Assert.Equal([udf.TaskId!, sql.TaskId!], all);
        Assert.Empty((await alice.Tasks.ListAsync(new TaskListFilter { Array = new TileDbUri("TileDB-Inc", "quickstart_sparse") })).Items);
        Assert.Single((await alice.Tasks.ListAsync(new TaskListFilter { ExcludeTypes = [ArrayTaskType.Sql] })).Items);
    }
}
