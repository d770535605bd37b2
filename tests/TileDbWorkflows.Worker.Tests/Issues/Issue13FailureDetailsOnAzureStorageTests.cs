using Microsoft.DurableTask.Client;
using TileDbWorkflows.Testing.Azurite;
using TileDbWorkflows.Worker.Tests.Support;

namespace TileDbWorkflows.Worker.Tests.Issues;

/// <summary>
/// Issue 13, part 6: on the AzureStorage backend a Failed workflow showed no failure through the sidecar (the provider
/// writes the reason into the Instances table's Output and reads it back without failure details); on InMemory it was there.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class Issue13FailureDetailsOnAzureStorageTests(AzuriteFixture azurite)
{
    private const string Reason = "Bad credentials: TileDB answered 401 for every call: the token is wrong or expired.";

    [Theory]
    [InlineData("AzureStorage")]
    [InlineData("InMemory")]
    public async Task A_failed_orchestration_shows_its_reason_on_every_backend(string backend)
    {
        await using var worker = await RunningWorker.StartAsync(
            new Dictionary<string, string?>
            {
                ["Durable:Backend"] = backend,
                ["AzureWebJobsStorage"] = azurite.ConnectionString,
                ["Durable:TaskHubName"] = AzuriteFixture.UniqueName("hub"),
                ["Durable:PartitionCount"] = "1",
                ["Durable:MaxQueuePollingInterval"] = "00:00:00.5",
                ["Worker:AllowAnonymousLoopback"] = "true",
            },
            registry => registry.AddOrchestratorFunc<string, string>("Doomed", string (_, _) => throw new InvalidOperationException(Reason)));
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var instanceId = await worker.Client.ScheduleNewOrchestrationInstanceAsync("Doomed", "x", deadline.Token);
        var waited = await worker.Client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, deadline.Token);
        var read = await worker.Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, deadline.Token);

        foreach (var state in new[] { read!, waited })
        {
            Assert.Equal(OrchestrationRuntimeStatus.Failed, state.RuntimeStatus);
            Assert.NotNull(state.FailureDetails);
            Assert.Equal(Reason, state.FailureDetails.ErrorMessage);
        }
    }
}
