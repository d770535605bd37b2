using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using TileDbWorkflows.Emulator;
using TileDbWorkflows.Emulator.Faults;
using TileDbWorkflows.Testing;
using TileDbWorkflows.Testing.Azurite;
using TileDbWorkflows.Worker.Tests.Support;
using Xunit.Abstractions;

namespace TileDbWorkflows.Worker.Tests.EndToEnd;

/// <summary>
/// Issue 13, part 7: a killed worker's work continues on a live worker within a visibility timeout plus a poll, with
/// the default settings (the figure is printed; the README quotes it).
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class RecoveryEndToEndTests(AzuriteFixture azurite, ITestOutputHelper output) : IAsyncLifetime
{
    private const string ActivityStarted = "'SendInvitationsActivity' activity of orchestration ID";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(150);

    private EmulatorServer emulator = null!;

    public async Task InitializeAsync() => emulator = await EmulatorServer.StartAsync();

    public async Task DisposeAsync() => await emulator.DisposeAsync();

    [Fact]
    public async Task A_killed_workers_activity_continues_on_the_other_worker_with_default_settings()
    {
        var settings = EndToEndSettings.For(azurite.ConnectionString, emulator, AzuriteFixture.UniqueName("hub"), AzuriteFixture.UniqueName("q"));
        // The defaults under test: nothing shortened.
        foreach (var key in new[]
        {
            "Durable:MaxQueuePollingInterval", "Durable:PartitionLeaseInterval",
            "Durable:ControlQueueVisibilityTimeout", "Durable:WorkItemQueueVisibilityTimeout",
        })
        {
            settings.Remove(key);
        }
        var workers = await Task.WhenAll(WorkerProcess.StartAsync("worker-a", settings), WorkerProcess.StartAsync("worker-b", settings));
        await using var a = workers[0];
        await using var b = workers[1];
        await SlowInvitationsAsync(TimeSpan.FromSeconds(5));
        var instanceId = await StartInvitationsAsync(a);

        WorkerProcess? running = null;
        await Eventually.WaitUntilAsync(
            () => (running = new[] { a, b }.FirstOrDefault(w => w.Lines(ActivityStarted).Any(Started))) is not null,
            Deadline, b.Describe(a.Describe("a worker to start the invitation batch")), TimeSpan.FromMilliseconds(50));
        var survivor = running == a ? b : a;
        running!.Kill();
        var sinceKill = Stopwatch.StartNew();

        await Eventually.WaitUntilAsync(
            () => survivor.Lines(ActivityStarted).Any(Started), Deadline, survivor.Describe("the survivor to run the batch"), TimeSpan.FromMilliseconds(50));
        var activityResumed = sinceKill.Elapsed;
        var done = await WorkflowStatusReader.WaitForEndAsync(survivor, instanceId, Deadline);
        var completed = sinceKill.Elapsed;

        Assert.True(WorkflowStatusReader.Status(done) == "Completed", survivor.Describe($"the workflow ended {done}"));
        Assert.Single(done.GetProperty("report").GetProperty("items").EnumerateArray());
        var invited = (await emulator.Admin.GetStateAsync()).GetProperty("invitations").EnumerateArray().Select(i => i.GetProperty("email").GetString());
        Assert.Equal(["invitee@example.org"], invited);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"SIGKILL of {running.Name} during the batch: {survivor.Name} started it again after {activityResumed.TotalSeconds:F1} s; the workflow completed {completed.TotalSeconds:F1} s after the kill (the batch takes 5 s)."));
    }

    private static bool Started(string line) => line.EndsWith("started.", StringComparison.Ordinal);

    private Task SlowInvitationsAsync(TimeSpan latency) =>
        emulator.Admin.SetFaultsAsync(new FaultSpec
        {
            Rules = [new FaultRule { Route = "/v1/invitations/*", Method = "POST", Kind = "latency", LatencyMs = (int)latency.TotalMilliseconds }],
        });

    private static async Task<string> StartInvitationsAsync(WorkerProcess worker)
    {
        var request = new
        {
            requestId = "recover-" + Guid.NewGuid().ToString("N")[..8],
            kind = "array",
            target = "tiledb://TileDB-Inc/quickstart_dense",
            recipients = new[] { "invitee@example.org" },
            actions = new[] { "read" },
        };
        using var response = await worker.Http.PostAsJsonAsync(new Uri("api/invitations", UriKind.Relative), request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return "invitations-" + request.requestId;
    }
}
