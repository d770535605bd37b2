using System.Diagnostics;
using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using TileDbWorkflows.Testing.Azurite;
using TileDbWorkflows.Worker.Tests.Support;

namespace TileDbWorkflows.Worker.Tests.DurableTask;

[Collection(AzuriteFixture.Collection)]
public sealed class SidecarSmokeTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    // A trivial orchestrator and activity registered through the same hook the workflows project will use.
    private static void RegisterTestTasks(DurableTaskRegistry registry)
    {
        registry.AddOrchestratorFunc<string, string>("Hello", async (context, name) =>
        {
            var first = await context.CallActivityAsync<string>("Greet", name);
            var second = await context.CallActivityAsync<string>("Greet", first);
            return second;
        });
        registry.AddActivityFunc<string, string>("Greet", (_, name) => $"hello {name}");
    }

    [Fact]
    public async Task InMemory_backend_runs_an_orchestration_to_completion()
    {
        await using var worker = await RunningWorker.StartAsync(
            new Dictionary<string, string?> { ["Durable:Backend"] = "InMemory", ["Worker:AllowAnonymousLoopback"] = "true" },
            RegisterTestTasks);

        await AssertHelloCompletes(worker);
    }

    [Fact]
    public async Task AzureStorage_backend_on_Azurite_runs_an_orchestration_to_completion()
    {
        await using var worker = await RunningWorker.StartAsync(
            new Dictionary<string, string?>
            {
                ["Durable:Backend"] = "AzureStorage",
                ["AzureWebJobsStorage"] = azurite.ConnectionString, // The Functions setting name is the fallback.
                ["Durable:TaskHubName"] = AzuriteFixture.UniqueName("hub"),
                ["Durable:PartitionCount"] = "1",
                ["Durable:MaxQueuePollingInterval"] = "00:00:01",
                ["Worker:AllowAnonymousLoopback"] = "true",
            },
            RegisterTestTasks);

        await AssertHelloCompletes(worker);
    }

    [Fact]
    public async Task InMemory_backend_is_not_capped_at_the_core_count()
    {
        await using var worker = await RunningWorker.StartAsync(
            new Dictionary<string, string?>
            {
                ["Worker:AllowAnonymousLoopback"] = "true",
                ["Durable:MaxConcurrentActivities"] = "64",
                ["Durable:MaxConcurrentOrchestrations"] = "32",
            });

        // Read through the interface, as the sidecar's dispatchers do.
        var service = worker.App.Services.GetRequiredService<IOrchestrationService>();
        Assert.Equal(64, service.MaxConcurrentTaskActivityWorkItems);
        Assert.Equal(32, service.MaxConcurrentTaskOrchestrationWorkItems);
    }

    [Fact]
    public async Task Host_with_sidecar_stops_within_seconds()
    {
        var worker = await RunningWorker.StartAsync(
            new Dictionary<string, string?> { ["Worker:AllowAnonymousLoopback"] = "true" }, RegisterTestTasks);
        await AssertHelloCompletes(worker);

        var stopwatch = Stopwatch.StartNew();
        await worker.DisposeAsync();

        // Without ServicesStopConcurrently this takes the whole 30 s shutdown timeout.
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"Stopping took {stopwatch.Elapsed}.");
    }

    [Fact]
    public async Task AzureStorage_without_a_connection_string_fails_at_start()
    {
        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            RunningWorker.StartAsync(new Dictionary<string, string?>
            {
                ["Durable:Backend"] = "AzureStorage",
                ["AzureWebJobsStorage"] = "",
                ["Worker:AllowAnonymousLoopback"] = "true",
            }));
        Assert.Contains("AzureWebJobsStorage", error.Message, StringComparison.Ordinal);
    }

    private static async Task AssertHelloCompletes(RunningWorker worker)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        var instanceId = await worker.Client.ScheduleNewOrchestrationInstanceAsync("Hello", "tiledb", deadline.Token);
        var state = await worker.Client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, deadline.Token);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, state.RuntimeStatus);
        Assert.Equal("hello hello tiledb", state.ReadOutputAs<string>());
    }
}
