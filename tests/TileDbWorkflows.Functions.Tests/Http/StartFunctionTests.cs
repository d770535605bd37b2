using System.Text.Json;
using TileDbWorkflows.Functions.Tests.Support;
using TileDbWorkflows.Workflows.Files;
using TileDbWorkflows.Workflows.Onboarding;
using TileDbWorkflows.Workflows.Sharing;
using TileDbWorkflows.Workflows.Sweep;
using TileDbWorkflows.Workflows.Tasks;

namespace TileDbWorkflows.Functions.Tests.Http;

public sealed class StartFunctionTests
{
    [Theory]
    [MemberData(nameof(StartEndpoints.Names), MemberType = typeof(StartEndpoints))]
    public async Task Start_schedules_the_orchestration_under_the_idempotency_key_and_answers_202_with_Location(string endpoint)
    {
        var e = StartEndpoints.All[endpoint];
        var client = new FakeDurableClient();

        var result = await ExecutedResult.RunAsync(await e.Invoke(Api.Create(), HttpRequests.Create("POST", e.Route, e.Body, idempotencyKey: "key-1"), client.Object));

        var expectedId = $"{e.InstancePrefix}-key-1";
        var scheduled = Assert.Single(client.Scheduled);
        Assert.Equal(e.Orchestrator, scheduled.Orchestrator);
        Assert.Equal(expectedId, scheduled.InstanceId);
        Assert.Equal(202, result.Status);
        Assert.Equal($"{HttpRequests.BaseUrl}/workflows/{expectedId}", result.Location);
        Assert.Equal("application/json", result.ContentType);
        Assert.Equal(expectedId, result.Json.GetProperty("id").GetString());
        Assert.Equal(result.Location, result.Json.GetProperty("links").GetProperty("status").GetString());
    }

    [Theory]
    [MemberData(nameof(StartEndpoints.Names), MemberType = typeof(StartEndpoints))]
    public async Task Repeated_start_with_the_same_Idempotency_Key_returns_the_existing_instance_and_schedules_nothing(string endpoint)
    {
        var e = StartEndpoints.All[endpoint];
        var client = new FakeDurableClient();
        var existing = client.Add($"{e.InstancePrefix}-again", e.Orchestrator, Microsoft.DurableTask.Client.OrchestrationRuntimeStatus.Running);

        var result = await ExecutedResult.RunAsync(await e.Invoke(Api.Create(), HttpRequests.Create("POST", e.Route, e.Body, idempotencyKey: "again"), client.Object));

        client.VerifyNothingScheduled();
        Assert.Equal(202, result.Status);
        Assert.Equal(existing.InstanceId, result.Json.GetProperty("id").GetString());
        Assert.Equal("Running", result.Json.GetProperty("status").GetString());
    }

    [Theory]
    [MemberData(nameof(StartEndpoints.Names), MemberType = typeof(StartEndpoints))]
    public async Task Start_twice_with_one_key_schedules_once(string endpoint)
    {
        var e = StartEndpoints.All[endpoint];
        var client = new FakeDurableClient();
        var api = Api.Create();

        var first = await ExecutedResult.RunAsync(await e.Invoke(api, HttpRequests.Create("POST", e.Route, e.Body, idempotencyKey: "twice"), client.Object));
        var second = await ExecutedResult.RunAsync(await e.Invoke(api, HttpRequests.Create("POST", e.Route, e.Body, idempotencyKey: "twice"), client.Object));

        Assert.Single(client.Scheduled);
        Assert.Equal(first.Location, second.Location);
    }

    [Theory]
    [MemberData(nameof(StartEndpoints.Names), MemberType = typeof(StartEndpoints))]
    public async Task Without_a_key_every_start_is_a_new_instance(string endpoint)
    {
        var e = StartEndpoints.All[endpoint];
        var client = new FakeDurableClient();

        await e.Invoke(Api.Create(), HttpRequests.Create("POST", e.Route, e.Body), client.Object);
        await e.Invoke(Api.Create(), HttpRequests.Create("POST", e.Route, e.Body, idempotencyKey: "  "), client.Object);

        Assert.Equal(2, client.Scheduled.Count);
        Assert.NotEqual(client.Scheduled[0].InstanceId, client.Scheduled[1].InstanceId);
        Assert.All(client.Scheduled, s => Assert.StartsWith(e.InstancePrefix + "-", s.InstanceId, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(StartEndpoints.Names), MemberType = typeof(StartEndpoints))]
    public async Task A_body_that_is_not_a_JSON_object_answers_400_problem_details_and_schedules_nothing(string endpoint)
    {
        var e = StartEndpoints.All[endpoint];
        var client = new FakeDurableClient();

        var result = await ExecutedResult.RunAsync(await e.Invoke(Api.Create(), HttpRequests.Create("POST", e.Route, "[1, 2"), client.Object));

        client.VerifyNothingScheduled();
        Assert.Equal(400, result.Status);
        Assert.Equal("application/problem+json", result.ContentType);
        Assert.Equal(400, result.Json.GetProperty("status").GetInt32());
        Assert.NotEmpty(result.Json.GetProperty("errors").EnumerateObject());
    }

    [Fact]
    public async Task Onboarding_schedules_the_plan_as_a_real_run()
    {
        var client = new FakeDurableClient();

        await StartEndpoints.All["onboarding"].Invoke(Api.Create(), HttpRequests.Create("POST", "onboarding", Bodies.Onboarding), client.Object);

        var input = Assert.IsType<OnboardingInput>(Assert.Single(client.Scheduled).Input);
        Assert.False(input.DryRun);
        Assert.Equal("acme", input.Plan.Namespace);
        Assert.Equal("s3://acme-data/genomes", Assert.Single(input.Plan.Arrays).StorageUri);
    }

    [Fact]
    public async Task Each_start_passes_its_parsed_body_as_the_orchestration_input()
    {
        var inputs = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, e) in StartEndpoints.All)
        {
            var client = new FakeDurableClient();
            await e.Invoke(Api.Create(), HttpRequests.Create("POST", e.Route, e.Body), client.Object);
            inputs[name] = Assert.Single(client.Scheduled).Input;
        }

        Assert.Equal("nightly.json", Assert.IsType<SweepRequest>(inputs["sweeps"]).Manifest);
        Assert.Equal("bob", Assert.Single(Assert.Single(Assert.IsType<SharingRequest>(inputs["sharing"]).Shares).Users));
        var import = Assert.IsType<FileTransferRequest>(inputs["files/import"]);
        Assert.Equal("report", Assert.Single(import.Imports).Name);
        Assert.Empty(import.Exports);
        var export = Assert.IsType<FileTransferRequest>(inputs["files/export"]);
        Assert.Equal("tiledb://acme/report", Assert.Single(export.Exports).Uri);
        Assert.Empty(export.Imports);
        Assert.Equal("3f2504e0-4f89-11d3-9a0c-0305e82c3301", Assert.Single(Assert.IsType<TaskWatchInput>(inputs["tasks/watch"]).Request.TaskIds));
    }

    [Fact]
    public async Task An_empty_body_starts_a_default_sweep()
    {
        var client = new FakeDurableClient();

        var result = await ExecutedResult.RunAsync(await StartEndpoints.All["sweeps"].Invoke(Api.Create(), HttpRequests.Create("POST", "sweeps", ""), client.Object));

        Assert.Equal(202, result.Status);
        var input = Assert.IsType<SweepRequest>(Assert.Single(client.Scheduled).Input);
        Assert.Null(input.Manifest);
    }

    [Fact]
    public async Task Invalid_onboarding_fields_answer_400_naming_each_field()
    {
        var client = new FakeDurableClient();
        const string body = """{"namespace":"has space","arrays":[{"name":"ok","storageUri":"not-a-uri"}]}""";

        var result = await ExecutedResult.RunAsync(await StartEndpoints.All["onboarding"].Invoke(Api.Create(), HttpRequests.Create("POST", "onboarding", body), client.Object));

        client.VerifyNothingScheduled();
        Assert.Equal(400, result.Status);
        Assert.Equal("application/problem+json", result.ContentType);
        var errors = result.Json.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Contains("namespace", errors);
        Assert.Contains("arrays[0].storageUri", errors);
    }

    [Fact]
    public async Task A_misspelt_field_answers_400_naming_it()
    {
        var client = new FakeDurableClient();

        var result = await ExecutedResult.RunAsync(await StartEndpoints.All["tasks/watch"].Invoke(Api.Create(), HttpRequests.Create("POST", "tasks/watch", """{"taskIdz":[]}"""), client.Object));

        client.VerifyNothingScheduled();
        Assert.Equal(400, result.Status);
        Assert.Contains("taskIdz", result.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Problem_details_use_the_API_json_shape()
    {
        var client = new FakeDurableClient();

        var result = await ExecutedResult.RunAsync(await StartEndpoints.All["tasks/watch"].Invoke(Api.Create(), HttpRequests.Create("POST", "tasks/watch", """{"taskIds":["nope"]}"""), client.Object));

        using var doc = JsonDocument.Parse(result.Body);
        var names = doc.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Contains("type", names);
        Assert.Contains("title", names);
        Assert.Contains("detail", names);
        Assert.Equal("https://tools.ietf.org/html/rfc9110#section-15.5.1", doc.RootElement.GetProperty("type").GetString());
        Assert.True(doc.RootElement.GetProperty("errors").TryGetProperty("taskIds[0]", out _));
    }
}
