using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using TileDbWorkflows.Functions.Hosting;
using TileDbWorkflows.Functions.Tests.Support;
using TileDbWorkflows.Workflows;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Functions.Tests.Hosting;

/// <summary>
/// What the Functions host will index: the functions.metadata the SDK writes during the build. A renamed, removed or
/// re-routed function fails here before it fails in Azure.
/// </summary>
public sealed class FunctionsMetadataTests
{
    /// <summary>Every route of the shared table as an HTTP function, plus the timer and the queue.</summary>
    private static readonly ExpectedFunction[] Expected =
    [
        .. ApiRouteTable.All.Select(route => Http(route.Name, route.Method, route.Template)),
        new("NightlySweep", "timerTrigger", new() { ["schedule"] = "%SweepSchedule%" }),
        new("BulkInvitationsFromQueue", "queueTrigger", new() { ["queueName"] = "%BulkInvitationsQueue%" }),
    ];

    /// <summary>Every orchestration the starters schedule by name; each must be registered at start-up.</summary>
    private static readonly string[] ScheduledOrchestrators =
        ["OnboardingOrchestrator", "SweepOrchestrator", "BulkInvitationOrchestrator", "SharingOrchestrator", "FileTransferOrchestrator", "TaskWatchOrchestrator"];

    [Fact]
    public void Metadata_lists_exactly_the_expected_functions()
    {
        var names = Functions().Select(f => (string)f["name"]!).Order(StringComparer.Ordinal);

        // Exactly: no orchestration or activity wrappers either, since the tasks are registered at start-up instead.
        Assert.Equal(Expected.Select(e => e.Name).Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public void Each_function_has_its_trigger_type_route_methods_schedule_or_queue()
    {
        var functions = Functions().ToDictionary(f => (string)f["name"]!, StringComparer.Ordinal);
        Assert.All(Expected, expected =>
        {
            Assert.True(functions.TryGetValue(expected.Name, out var function), $"{expected.Name} is missing from {FunctionsBuildOutput.MetadataPath}");
            var trigger = Assert.Single(Bindings(function!), b => ((string?)b["type"])?.EndsWith("Trigger", StringComparison.Ordinal) == true);
            Assert.Equal(expected.TriggerType, (string?)trigger["type"]);
            foreach (var (key, value) in expected.Properties)
            {
                Assert.Equal(value, trigger[key] is JsonArray array ? string.Join(",", array.Select(v => (string?)v)) : (string?)trigger[key]);
            }
            // Every trigger hands over to the workflow layer through the durable client binding.
            Assert.Contains(Bindings(function!), b => (string?)b["type"] == "durableClient" && (string?)b["direction"] == "In");
        });
    }

    [Fact]
    public void Http_functions_require_a_function_key()
    {
        var http = Functions().SelectMany(Bindings).Where(b => (string?)b["type"] == "httpTrigger").ToArray();

        Assert.Equal(17, http.Length);
        Assert.All(http, b => Assert.Equal("Function", (string?)b["authLevel"]));
    }

    [Fact]
    public void The_queue_function_writes_malformed_messages_to_the_poison_queue_of_its_own_queue()
    {
        var function = Functions().Single(f => (string?)f["name"] == "BulkInvitationsFromQueue");

        var output = Assert.Single(Bindings(function), b => (string?)b["direction"] == "Out");
        Assert.Equal("queue", (string?)output["type"]);
        Assert.Equal("%BulkInvitationsQueue%-poison", (string?)output["queueName"]);
    }

    [Fact]
    public void Every_orchestration_the_starters_schedule_is_registered_by_the_shared_helper()
    {
        var registered = WorkflowTasks.Orchestrators
            .Select(t => t.GetCustomAttribute<DurableTaskAttribute>()!.Name.Name)
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(ScheduledOrchestrators, name => Assert.Contains(name, registered));
        var registry = new DurableTaskRegistry();
        WorkflowTasks.Register(registry);
        // Registering the same names again must clash: proof that the first call registered them.
        Assert.All(WorkflowTasks.Orchestrators, t => Assert.ThrowsAny<ArgumentException>(() => registry.AddOrchestrator(t)));
    }

    [Fact]
    public void The_app_has_no_orchestration_or_activity_trigger_wrappers()
    {
        var triggers = typeof(FunctionsAppServiceCollectionExtensions).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<FunctionAttribute>() is not null)
            .SelectMany(m => m.GetParameters())
            .Where(p => p.GetCustomAttributes().Any(a => a.GetType().Name is "OrchestrationTriggerAttribute" or "ActivityTriggerAttribute" or "EntityTriggerAttribute"))
            .Select(p => p.Member.Name)
            .ToArray();

        Assert.Empty(triggers);
    }

    internal static IReadOnlyList<JsonObject> Functions()
    {
        var path = FunctionsBuildOutput.MetadataPath;
        Assert.True(File.Exists(path), $"{path} does not exist: build src/TileDbWorkflows.Functions (the test project's build does) before running the tests");
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsArray();
        return root.Select(n => n!.AsObject()).ToArray();
    }

    private static IEnumerable<JsonObject> Bindings(JsonObject function) =>
        function["bindings"]!.AsArray().Select(b => b!.AsObject());

    private static ExpectedFunction Http(string name, string method, string route) =>
        new(name, "httpTrigger", new() { ["methods"] = method, ["route"] = route });

    private sealed record ExpectedFunction(string Name, string TriggerType, Dictionary<string, string> Properties);
}
