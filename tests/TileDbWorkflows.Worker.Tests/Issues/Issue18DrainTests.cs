using System.Diagnostics;
using System.Globalization;
using Azure.Storage.Queues;
using TileDbWorkflows.Emulator;
using TileDbWorkflows.Emulator.Faults;
using TileDbWorkflows.Testing;
using TileDbWorkflows.Testing.Azurite;
using TileDbWorkflows.Worker.Tests.Support;
using Xunit.Abstractions;

namespace TileDbWorkflows.Worker.Tests.Issues;

/// <summary>
/// Issue 18: a worker stopped with SIGTERM hands back the activity it holds, so the other worker on the task hub runs
/// it at once. The visibility timeout is five minutes here, far beyond the test's deadline: without the hand-back the
/// other worker could not get the activity in time.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class Issue18DrainTests(AzuriteFixture azurite, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private EmulatorServer emulator = null!;

    public async Task InitializeAsync() => emulator = await EmulatorServer.StartAsync();

    public async Task DisposeAsync() => await emulator.DisposeAsync();

    [Fact]
    public async Task A_worker_stopped_with_SIGTERM_hands_its_activity_to_the_other_worker_at_once()
    {
        var queueName = AzuriteFixture.UniqueName("q");
        var settings = EndToEndSettings.For(azurite.ConnectionString, emulator, AzuriteFixture.UniqueName("hub"), queueName);
        settings["Durable:WorkItemQueueVisibilityTimeout"] = "00:05:00";
        settings["Worker:DrainTimeout"] = "00:00:01";
        // The invitation call hangs, so the activity is still running when SIGTERM comes.
        await emulator.Admin.SetLatencyAsync(new LatencySpec { Rules = [new LatencyRule { Route = "/v1/invitations/*", Method = "POST", Ms = 120_000 }] });

        await using var first = await WorkerProcess.StartAsync("first", settings);
        var queue = new QueueClient(azurite.ConnectionString, queueName, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await queue.CreateIfNotExistsAsync();
        var requestId = "drain-" + Guid.NewGuid().ToString("N")[..8];
        await queue.SendMessageAsync(InvitationMessages.ReadOnQuickstart(requestId, "someone@example.org"));
        await Eventually.WaitUntilAsync(
            () => first.Lines("'SendInvitationsActivity' activity").Count > 0, Deadline,
            first.Describe("the first worker to start the invitation activity"), TimeSpan.FromMilliseconds(100));
        await using var second = await WorkerProcess.StartAsync("second", settings);
        await emulator.Admin.ClearLatencyAsync();

        var clock = Stopwatch.StartNew();
        Signals.Terminate(first.ProcessId);
        await Eventually.WaitUntilAsync(
            () => second.Lines("'SendInvitationsActivity' activity").Count > 0, Deadline,
            second.Describe("the second worker to run the handed-back activity") + first.Describe(string.Empty), TimeSpan.FromMilliseconds(20));
        var handedOver = clock.Elapsed;
        await Eventually.WaitUntilAsync(() => first.HasExited, Deadline, first.Describe("the first worker to exit"), TimeSpan.FromMilliseconds(20));
        var exited = clock.Elapsed;
        var done = await WorkflowStatusReader.WaitForEndAsync(second, "invitations-" + requestId, Deadline);

        Assert.Equal("Completed", WorkflowStatusReader.Status(done));
        Assert.Contains(first.Lines("Drained in"), line => line.Contains("1 work items handed back", StringComparison.Ordinal));
        // Figures for the record, not asserted.
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"SIGTERM -> second worker runs the activity: {handedOver.TotalMilliseconds:F0} ms; first worker exited after {exited.TotalMilliseconds:F0} ms"));
        output.WriteLine(string.Join('\n', first.Lines("Drain")));
    }
}
