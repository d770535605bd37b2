using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using TileDbWorkflows.Functions.Hosting;
using TileDbWorkflows.Functions.Tests.Harness.Rpc;
using TileDbWorkflows.Functions.Tests.Support;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Functions.Tests.Harness;

/// <summary>
/// One case per [Function] of the app, keyed by function name. <see cref="FunctionsHostHarnessTests"/> fails when a
/// function has no case here, so a new trigger cannot ship without running once through the host protocol.
/// </summary>
internal static class HarnessCases
{
    public static readonly IReadOnlyDictionary<string, HarnessCase> All = new HarnessCase[]
    {
        Start("StartOnboarding", ApiRoutes.Onboarding, Bodies.Onboarding, "OnboardingOrchestrator", InstanceIds.Onboarding),
        Start("StartSweep", ApiRoutes.Sweeps, Bodies.Sweep, "SweepOrchestrator", InstanceIds.Sweep),
        Start("StartSharing", ApiRoutes.Sharing, Bodies.Sharing, "SharingOrchestrator", InstanceIds.Sharing),
        Start("StartFileImport", ApiRoutes.FileImport, Bodies.FileImport, "FileTransferOrchestrator", InstanceIds.Files),
        Start("StartFileExport", ApiRoutes.FileExport, Bodies.FileExport, "FileTransferOrchestrator", InstanceIds.Files),
        Start("StartTaskWatch", ApiRoutes.TaskWatch, Bodies.TaskWatch, "TaskWatchOrchestrator", InstanceIds.Tasks),
        new("StartInvitations", "202 with the status link; the instance named by the request id is scheduled", async app =>
        {
            var requestId = Unique("http");
            var answer = await app.Host.InvokeHttpAsync("StartInvitations", HttpMethod.Post, "api/" + ApiRoutes.Invitations, Invitation(requestId));
            await AssertStartedAsync(app, answer, InstanceIds.For(InstanceIds.Invitations, requestId), "BulkInvitationOrchestrator");
        }),
        new("ListWorkflows", "200 with a page that lists a workflow just started", async app =>
        {
            var id = await StartOnboardingAsync(app);
            var answer = await app.Host.InvokeHttpAsync("ListWorkflows", HttpMethod.Get, "api/" + ApiRoutes.Workflows + "?pageSize=100");
            Succeeded(answer.Invocation);
            Assert.Equal(200, answer.Status);
            Assert.Contains(id, answer.Body, StringComparison.Ordinal);
        }),
        new("GetWorkflow", "200 with the status of a started workflow; 404 for an unknown id", async app =>
        {
            var id = await StartOnboardingAsync(app);
            var known = await app.Host.InvokeHttpAsync("GetWorkflow", HttpMethod.Get, $"api/workflows/{id}", routeValues: Id(id));
            var unknown = await app.Host.InvokeHttpAsync("GetWorkflow", HttpMethod.Get, "api/workflows/nobody-here", routeValues: Id("nobody-here"));
            Succeeded(known.Invocation);
            Assert.Equal(200, known.Status);
            Assert.Equal(id, known.Json.GetProperty("id").GetString());
            Assert.Equal(404, unknown.Status);
        }),
        new("GetWorkflowReport", "200 with the report page of a workflow that ran to completion against the emulator", async app =>
        {
            var id = await StartOnboardingAsync(app);
            Assert.Equal(OrchestrationRuntimeStatus.Completed, (await app.Durable.WaitForCompletionAsync(id)).RuntimeStatus);
            var answer = await app.Host.InvokeHttpAsync("GetWorkflowReport", HttpMethod.Get, $"api/workflows/{id}/report", routeValues: Id(id));
            Succeeded(answer.Invocation);
            Assert.Equal(200, answer.Status);
            Assert.True(answer.Json.GetProperty("total").GetInt32() >= 1, answer.Body);
        }),
        Control("SuspendWorkflow", "suspend"),
        Control("ResumeWorkflow", "resume"),
        Control("TerminateWorkflow", "terminate"),
        Control("ApproveWorkflow", "approve"),
        Control("RejectWorkflow", "reject"),
        Start("StartPlan", ApiRoutes.Plans, OnboardingBody("plan-arr"), "PlanOrchestrator", InstanceIds.Plan),
        Start("StartApply", ApiRoutes.Apply, $$"""{"state":{{OnboardingBody("apply-arr")}}}""", "ApplyOrchestrator", InstanceIds.Apply),
        new("NightlySweep", "the sweep instance of the occurrence in the TimerInfo's schedule status is scheduled", async app =>
        {
            // A distinct occurrence per run, as the host's schedule monitor would hand over.
            var next = new DateTime(2030, 1, 1, 2, 0, 0, DateTimeKind.Unspecified).AddDays(Random.Shared.Next(1, 3650));
            var timer = new JsonObject
            {
                ["Schedule"] = new JsonObject { ["AdjustForDST"] = true },
                ["ScheduleStatus"] = new JsonObject { ["Last"] = next.AddDays(-1).ToString("s", CultureInfo.InvariantCulture), ["Next"] = next.ToString("s", CultureInfo.InvariantCulture), ["LastUpdated"] = next.AddDays(-1).ToString("s", CultureInfo.InvariantCulture) },
                ["IsPastDue"] = false,
            };
            var answer = await app.Host.InvokeAsync("NightlySweep", new TypedData { Json = timer.ToJsonString() });
            Succeeded(answer);
            var instance = await app.Durable.Client.GetInstanceAsync(InstanceIds.ForOccurrence(new DateTimeOffset(next, TimeSpan.Zero)));
            Assert.NotNull(instance);
            Assert.Equal("SweepOrchestrator", instance.Name);
        }),
        new("BulkInvitationsFromQueue", "a message starts its invitation workflow, which completes against the emulator; a malformed one goes to the poison output", async app =>
        {
            var requestId = Unique("queue");
            var answer = await app.Host.InvokeAsync("BulkInvitationsFromQueue", new TypedData { String = Invitation(requestId) }, QueueMetadata());
            Succeeded(answer);
            Assert.DoesNotContain(answer.OutputData, o => o.Name == "Poison" && o.Data is not null && o.Data.DataCase != TypedData.DataOneofCase.None);
            var instance = await app.Durable.WaitForCompletionAsync(InstanceIds.For(InstanceIds.Invitations, requestId));
            Assert.Equal("BulkInvitationOrchestrator", instance.Name);
            Assert.True(instance.RuntimeStatus == OrchestrationRuntimeStatus.Completed, $"{instance.RuntimeStatus}: {instance.FailureDetails?.ErrorMessage}");

            var malformed = await app.Host.InvokeAsync("BulkInvitationsFromQueue", new TypedData { String = "{\"requestId\":" }, QueueMetadata());
            Succeeded(malformed);
            Assert.Equal("{\"requestId\":", Assert.Single(malformed.OutputData, o => o.Name == "Poison").Data.String);
        }),
    }.ToDictionary(c => c.Function, StringComparer.Ordinal);

    /// <summary>The [Function] names of the app, from its methods' attributes: what the host would index.</summary>
    public static IReadOnlyList<string> DeclaredFunctions() =>
        typeof(FunctionsApp).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Select(m => m.GetCustomAttribute<FunctionAttribute>()?.Name)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static HarnessCase Start(string function, string route, string body, string orchestrator, string prefix) =>
        new(function, "202 with Location and links.status at the public host; the orchestration is scheduled under the Idempotency-Key", async app =>
        {
            var key = Unique("k");
            var answer = await app.Host.InvokeHttpAsync(function, HttpMethod.Post, "api/" + route, body, headers: new Dictionary<string, string> { [ApiRoutes.IdempotencyKeyHeader] = key });
            await AssertStartedAsync(app, answer, InstanceIds.For(prefix, key), orchestrator);
        });

    private static HarnessCase Control(string function, string verb) =>
        new(function, $"409 for a workflow that already completed; 404 for an unknown id ({verb})", async app =>
        {
            var id = await StartOnboardingAsync(app);
            await app.Durable.WaitForCompletionAsync(id);
            var finished = await app.Host.InvokeHttpAsync(function, HttpMethod.Post, $"api/workflows/{id}/{verb}", routeValues: Id(id));
            var unknown = await app.Host.InvokeHttpAsync(function, HttpMethod.Post, $"api/workflows/nobody-here/{verb}", routeValues: Id("nobody-here"));
            Succeeded(finished.Invocation);
            Assert.Equal(409, finished.Status);
            Assert.Equal(404, unknown.Status);
        });

    internal static async Task<string> StartOnboardingAsync(FunctionsAppFixture app)
    {
        var answer = await app.Host.InvokeHttpAsync("StartOnboarding", HttpMethod.Post, "api/" + ApiRoutes.Onboarding, OnboardingBody(Unique("arr")));
        Assert.Equal(202, answer.Status);
        return answer.Json.GetProperty("id").GetString()!;
    }

    /// <summary>An array the emulator's demo user can register (its own namespace).</summary>
    internal static string OnboardingBody(string array) =>
        $$"""{"namespace":"demo","arrays":[{"name":"{{array}}","storageUri":"s3://demo-bucket/{{array}}"}]}""";

    private static string Invitation(string requestId) =>
        $$"""{"requestId":"{{requestId}}","kind":"array","target":"tiledb://TileDB-Inc/quickstart_sparse","recipients":["ann@example.org"],"actions":["read"]}""";

    internal static async Task AssertStartedAsync(FunctionsAppFixture app, HttpInvocation answer, string expectedId, string orchestrator)
    {
        Succeeded(answer.Invocation);
        Assert.True(answer.Status == 202, $"{answer.Status}: {answer.Body}");
        var link = $"https://{FunctionsHostHarness.PublicHost}/api/workflows/{expectedId}";
        Assert.Equal(link, answer.Location);
        Assert.Equal(link, answer.Json.GetProperty("links").GetProperty("status").GetString());
        var instance = await app.Durable.Client.GetInstanceAsync(expectedId);
        Assert.NotNull(instance);
        Assert.Equal(orchestrator, instance.Name);
    }

    internal static void Succeeded(InvocationResponse response) =>
        Assert.True(response.Result.Status == StatusResult.Types.Status.Success, response.Result.Exception?.Message + Environment.NewLine + response.Result.Exception?.StackTrace);

    internal static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..12];

    private static Dictionary<string, string> Id(string id) => new() { [ApiRoutes.IdName] = id };

    /// <summary>The trigger metadata the queue extension sends with each message.</summary>
    private static Dictionary<string, TypedData> QueueMetadata() => new()
    {
        ["Id"] = new TypedData { String = Guid.NewGuid().ToString() },
        ["DequeueCount"] = new TypedData { Json = "1" },
        ["PopReceipt"] = new TypedData { String = "AgAAAAMAAAAAAAAA" },
        ["InsertionTime"] = new TypedData { Json = "\"2025-03-01T02:00:00+00:00\"" },
    };
}
