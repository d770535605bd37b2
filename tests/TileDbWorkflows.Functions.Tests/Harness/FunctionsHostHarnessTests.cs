namespace TileDbWorkflows.Functions.Tests.Harness;

/// <summary>
/// The built app under a stand-in for the Functions host (see <see cref="FunctionsHostHarness"/>): every function
/// indexed, loaded and invoked over the host's gRPC protocol, with real storage, TileDB emulator and Durable Task.
/// </summary>
public sealed class FunctionsHostHarnessTests(FunctionsAppFixture app) : IClassFixture<FunctionsAppFixture>
{
    public static TheoryData<string> Functions() => [.. HarnessCases.DeclaredFunctions()];

    [Fact]
    public void The_worker_indexes_exactly_the_declared_functions_and_the_harness_covers_each()
    {
        // The durable extension's transformer adds the registered orchestrators and activities to the metadata too.
        var indexed = app.Host.Functions.Values
            .Where(f => !f.Bindings.Values.Any(b => b.Type is "orchestrationTrigger" or "activityTrigger" or "entityTrigger"))
            .Select(f => f.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(HarnessCases.DeclaredFunctions(), indexed);
        Assert.Equal(HarnessCases.DeclaredFunctions(), HarnessCases.All.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_durable_tasks_are_announced_to_the_host_as_functions()
    {
        Assert.Contains(app.Host.Functions.Values, f => f.Name == "OnboardingOrchestrator" && f.Bindings.Values.Any(b => b.Type == "orchestrationTrigger"));
        Assert.Contains(app.Host.Functions.Values, f => f.Bindings.Values.Any(b => b.Type == "activityTrigger"));
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public async Task Each_function_runs_through_the_host_protocol(string function)
    {
        Assert.True(HarnessCases.All.TryGetValue(function, out var harnessCase), $"{function} has no case in {nameof(HarnessCases)}");

        await harnessCase!.RunAsync(app);
    }

    [Fact]
    public async Task A_start_over_http_runs_its_workflow_to_completion_against_the_emulator()
    {
        var array = HarnessCases.Unique("arr");
        var answer = await app.Host.InvokeHttpAsync("StartOnboarding", HttpMethod.Post, "api/onboarding", HarnessCases.OnboardingBody(array));
        var id = answer.Json.GetProperty("id").GetString()!;

        var instance = await app.Durable.WaitForCompletionAsync(id);

        Assert.True(instance.RuntimeStatus == Microsoft.DurableTask.Client.OrchestrationRuntimeStatus.Completed, $"{instance.RuntimeStatus}: {instance.FailureDetails?.ErrorMessage}");
        var state = await app.Emulator.Admin.GetStateAsync();
        Assert.Contains(array, state.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_request_answers_400_problem_details_naming_the_field_and_schedules_nothing()
    {
        var key = HarnessCases.Unique("bad");
        var answer = await app.Host.InvokeHttpAsync("StartOnboarding", HttpMethod.Post, "api/onboarding", """{"arrays":[]}""",
            headers: new Dictionary<string, string> { ["Idempotency-Key"] = key });

        HarnessCases.Succeeded(answer.Invocation);
        Assert.Equal(400, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
        Assert.True(answer.Json.GetProperty("errors").TryGetProperty("namespace", out _), answer.Body);
        Assert.Null(await app.Durable.Client.GetInstanceAsync("onboarding-" + key));
    }

    [Fact]
    public async Task No_log_line_the_worker_sent_the_host_carries_the_token_or_the_storage_key()
    {
        await HarnessCases.StartOnboardingAsync(app);

        var lines = app.Host.Logs.Select(l => l.Message + " " + l.Exception?.Message).ToArray();

        Assert.NotEmpty(lines);
        Assert.DoesNotContain(lines, l => l.Contains(FunctionsAppFixture.ApiToken, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("AccountKey=", StringComparison.Ordinal));
    }
}
