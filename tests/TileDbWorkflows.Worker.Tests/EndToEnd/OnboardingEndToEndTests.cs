using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using TileDbWorkflows.Emulator;
using TileDbWorkflows.Emulator.Tasks;
using TileDbWorkflows.Testing;
using TileDbWorkflows.Testing.Azurite;
using TileDbWorkflows.Worker.Tests.Support;

namespace TileDbWorkflows.Worker.Tests.EndToEnd;

/// <summary>
/// The sample onboarding through the worker's HTTP API, with the worker as a real process on Azurite and the emulator
/// as TileDB Cloud: to completion, and across a SIGKILL of the worker while the workflow waits on a durable timer.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class OnboardingEndToEndTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    private EmulatorServer emulator = null!;

    public async Task InitializeAsync() => emulator = await EmulatorServer.StartAsync();

    public async Task DisposeAsync() => await emulator.DisposeAsync();

    [Fact]
    public async Task Sample_onboarding_completes_and_leaves_exactly_the_planned_state()
    {
        await using var worker = await StartWorkerAsync("worker", AzuriteFixture.UniqueName("hub"));

        using var response = await PostPlanAsync(worker, "sample-1");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var started = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("onboarding-sample-1", started.GetProperty("id").GetString());
        // Links point back at this worker as the caller reached it, under the Functions app's /api prefix.
        var statusLink = new Uri($"http://127.0.0.1:{worker.Port}/api/workflows/onboarding-sample-1");
        Assert.Equal(statusLink, response.Headers.Location);
        Assert.Equal(statusLink.ToString(), started.GetProperty("links").GetProperty("status").GetString());

        var done = await WorkflowStatusReader.WaitForEndAsync(worker, "onboarding-sample-1", Deadline);

        ExpectedOnboarding.AssertReport(done);
        ExpectedOnboarding.AssertState(await emulator.Admin.GetStateAsync());
        Assert.Equal(ExpectedOnboarding.MutatingRequests, ExpectedOnboarding.Mutating(await emulator.Admin.GetRequestsAsync()));

        // The same Idempotency-Key again is the same workflow: nothing new starts, nothing is sent to TileDB.
        var before = (await emulator.Admin.GetRequestsAsync()).Count;
        using var again = await PostPlanAsync(worker, "sample-1");
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal("Completed", JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
        Assert.Equal(before, (await emulator.Admin.GetRequestsAsync()).Count);
    }

    [Fact]
    public async Task Workflow_survives_a_SIGKILL_of_its_worker_while_waiting_on_a_durable_timer()
    {
        // The follow-up SQL task runs for a while, so the orchestration sits between polls on durable timers.
        await emulator.Admin.SetTaskBehaviorAsync(new TaskBehaviorSpec { Default = new TaskBehaviorRule { QueuedMs = 20, RunningMs = 6000 } });
        var hub = AzuriteFixture.UniqueName("hub");
        await using var first = await StartWorkerAsync("first", hub);

        using (var response = await PostPlanAsync(first, "crash-1"))
        {
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }
        // Wait until the task is submitted and has been polled at least once: the workflow is now in its timer loop.
        await Eventually.WaitUntilAsync(
            async ct => (await emulator.Admin.GetRequestsAsync(method: "GET", path: "/v1/task/*", ct: ct)).Count > 0,
            Deadline, "the follow-up task to be polled", TimeSpan.FromMilliseconds(100));

        first.Kill();

        var state = await emulator.Admin.GetStateAsync();
        var task = Assert.Single(state.GetProperty("tasks").EnumerateArray());
        Assert.True(task.GetProperty("status").GetString() is "QUEUED" or "RUNNING", first.Describe("the task finished before the kill; the test proves nothing"));
        Assert.True(first.HasExited);

        // A new process on the same task hub takes the dead one's partitions over and finishes the workflow.
        await using var second = await StartWorkerAsync("second", hub);
        var done = await WorkflowStatusReader.WaitForEndAsync(second, "onboarding-crash-1", Deadline);

        ExpectedOnboarding.AssertReport(done);
        ExpectedOnboarding.AssertState(await emulator.Admin.GetStateAsync());
        // Nothing done before the crash was done again: every mutating request exactly as often as the plan needs it.
        Assert.Equal(ExpectedOnboarding.MutatingRequests, ExpectedOnboarding.Mutating(await emulator.Admin.GetRequestsAsync()));
        Assert.True(
            second.Lines("'PollTasksActivity' activity of orchestration ID 'onboarding-crash-1").Count > 0,
            second.Describe("the second worker should have polled the task after taking over"));
    }

    private Task<WorkerProcess> StartWorkerAsync(string name, string hub) =>
        WorkerProcess.StartAsync(name, EndToEndSettings.For(azurite.ConnectionString, emulator, hub, AzuriteFixture.UniqueName("q")));

    private static async Task<HttpResponseMessage> PostPlanAsync(WorkerProcess worker, string idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/onboarding")
        {
            Content = new StringContent(ExpectedOnboarding.SamplePlan, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await worker.Http.SendAsync(request);
    }
}
