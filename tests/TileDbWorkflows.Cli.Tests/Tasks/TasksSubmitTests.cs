using System.Text.Json;
using TileDbWorkflows.Cli.Tests.Support;

namespace TileDbWorkflows.Cli.Tests.Tasks;

public sealed class TasksSubmitTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Sql_submits_in_your_namespace_and_prints_the_id_to_wait_on()
    {
        using var profile = await emulator.LoggedInAsync();

        var result = await profile.RunAsync("tasks", "sql", "select 4 -- submitted", "--name", "cli-submit", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var submitted = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal("demo", submitted.GetProperty("namespace").GetString());
        var id = submitted.GetProperty("task_id").GetString()!;
        var get = await profile.RunAsync("tasks", "get", id);
        Assert.Contains("select 4 -- submitted", get.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sql_with_wait_follows_the_task_to_its_end()
    {
        using var profile = await emulator.LoggedInAsync();

        var result = await profile.RunAsync("tasks", "sql", "select 5 -- waited", "--namespace", "demo", "--wait", "--timeout", "30s");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Submitted task ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains(": COMPLETED", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("completed in", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Udf_submits_a_registered_udf_by_name()
    {
        using var profile = await emulator.LoggedInAsync();

        var result = await profile.RunAsync("tasks", "udf", "demo/summarize", "--argument", """{"days":7}""", "--wait", "--timeout", "30s");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(": COMPLETED", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sql", "tdbw tasks sql \"select 1\" --namespace demo")]
    [InlineData("udf", "tdbw tasks udf demo/summarize")]
    public async Task Help_shows_an_example(string command, string example)
    {
        using var profile = new TempProfile();
        var help = await profile.RunAsync("tasks", command, "--help");
        Assert.Contains(example, help.Stdout, StringComparison.Ordinal);
    }
}
