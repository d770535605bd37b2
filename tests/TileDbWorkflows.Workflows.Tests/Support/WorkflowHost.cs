using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.DurableTask.Testing.Sidecar;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Http;
using TileDbWorkflows.Emulator;
using TileDbWorkflows.Emulator.Seed;
using TileDbWorkflows.Storage;
using TileDbWorkflows.Testing;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Triggers;
using TileDbWorkflows.Worker.DurableTask;

namespace TileDbWorkflows.Workflows.Tests.Support;

/// <summary>
/// The real Durable Task engine (in-memory backend behind the gRPC sidecar) running every workflow task, with the TileDB
/// Cloud client pointed at an emulator over loopback. Short retry and poll intervals keep the suite fast; each test
/// gets its own emulator, host and ports, and disposes them.
/// </summary>
internal sealed class WorkflowHost : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly IHost host;
    private readonly bool ownsEmulator;

    private WorkflowHost(IHost host, EmulatorServer emulator, bool ownsEmulator)
    {
        this.host = host;
        Emulator = emulator;
        this.ownsEmulator = ownsEmulator;
    }

    public EmulatorServer Emulator { get; }

    public IServiceProvider Services => host.Services;

    public DurableTaskClient Client => host.Services.GetRequiredService<DurableTaskClient>();

    public WorkflowApi Api => host.Services.GetRequiredService<WorkflowApi>();

    public ITileDbCloudClient Cloud => host.Services.GetRequiredService<ITileDbCloudClient>();

    public ConcurrentInMemoryOrchestrationService Backend => (ConcurrentInMemoryOrchestrationService)host.Services.GetRequiredService<InMemoryOrchestrationService>();

    public static Dictionary<string, string?> FastSettings() => new()
    {
        ["Workflows:RetryMaxAttempts"] = "4",
        ["Workflows:RetryFirstInterval"] = "00:00:00.050",
        ["Workflows:RetryMaxInterval"] = "00:00:00.200",
        ["Workflows:TaskPollInterval"] = "00:00:00.040",
        ["Workflows:TaskPollMaxInterval"] = "00:00:00.150",
        ["Workflows:TaskWatchPollsPerGeneration"] = "4",
        ["Workflows:TaskWatchTimeout"] = "00:00:20",
        ["Workflows:MaxParallelActivities"] = "4",
        ["Workflows:BatchSize"] = "2",
    };

    /// <summary>Storage objects the suite's shared plans import (Onboarding's FullPlan).</summary>
    public static IReadOnlyList<string> ImportSources { get; } = ["s3://bucket/docs/protocol.pdf"];

    public static async Task<WorkflowHost> StartAsync(
        Action<Dictionary<string, string?>>? configure = null,
        string apiToken = "demo-token",
        EmulatorServer? emulator = null,
        Action<IServiceCollection>? services = null)
    {
        var ownsEmulator = emulator is null;
        // The emulator refuses imports of missing sources, as the service does: the shared plans' sources exist.
        emulator ??= await EmulatorServer.StartAsync(new EmulatorOptions { Seed = new SeedWorld { StorageObjects = [.. ImportSources] } });
        try
        {
            var settings = FastSettings();
            configure?.Invoke(settings);
            var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
            builder.Services.AddTileDbCloud(o =>
            {
                o.ServerAddress = emulator.BaseAddress.ToString();
                o.ApiToken = apiToken;
                o.UseConfigFile = false;
                o.SaveSessionOnLogin = false;
                o.ConfigFilePath = Path.Combine(Path.GetTempPath(), "tdbw-tests-" + Guid.NewGuid().ToString("N"), "cloud.json");
                o.RequestTimeout = TimeSpan.FromSeconds(10);
            });
            builder.Services.AddTileDbWorkflows(builder.Configuration);
            if (!settings.ContainsKey("AzureWebJobsStorage"))
            {
                // As the hosts do without a storage account: payloads and reports in memory.
                builder.Services.AddInMemoryTileDbWorkflowsStorage();
            }
            builder.Services.AddTileDbWorkflowsStorage(builder.Configuration);
            builder.Services.AddInMemoryDurableTask(WorkflowTasks.Register, new InMemoryDurableTaskOptions { Port = FreePort.Next() });
            // Registered after AddInMemoryDurableTask: the last registration wins, and the sidecar and worker resolve this one.
            // The worker's in-memory service: caps raised (one per core makes a fan-out crawl on 2 cores), history sizes recorded.
            builder.Services.AddSingleton<InMemoryOrchestrationService>(sp => new ConcurrentInMemoryOrchestrationService(
                sp.GetService<ILoggerFactory>(), maxConcurrentActivities: 64, maxConcurrentOrchestrations: 64, recordHistorySizes: true));
            services?.Invoke(builder.Services);
            var host = builder.Build();
            // The client's own retries stay short here: the durable retry policy is what the tests exercise.
            host.Services.GetRequiredService<ITileDbCloudClient>().SetRetrySettings(new RetrySettings
            {
                Total = 2,
                BackoffFactor = TimeSpan.FromMilliseconds(5),
                MaxBackoff = TimeSpan.FromMilliseconds(20),
                RespectRetryAfter = false,
            });
            await host.StartAsync();
            return new WorkflowHost(host, emulator, ownsEmulator);
        }
        catch
        {
            if (ownsEmulator)
            {
                await emulator.DisposeAsync();
            }
            throw;
        }
    }

    /// <summary>Schedules an orchestration and waits (with a deadline) until it ends.</summary>
    public async Task<OrchestrationMetadata> RunAsync(string orchestrator, object input, string? instanceId = null, TimeSpan? timeout = null)
    {
        instanceId ??= orchestrator + "-" + Guid.NewGuid().ToString("N");
        await Client.ScheduleNewOrchestrationInstanceAsync(orchestrator, input, new StartOrchestrationOptions(instanceId));
        return await WaitAsync(instanceId, timeout);
    }

    public async Task<OrchestrationMetadata> WaitAsync(string instanceId, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? Timeout);
        return await Client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, cts.Token);
    }

    public static WorkflowReport ReportOf(OrchestrationMetadata instance)
    {
        Assert.True(instance.RuntimeStatus == OrchestrationRuntimeStatus.Completed,
            $"{instance.InstanceId} ended {instance.RuntimeStatus}: {instance.FailureDetails?.ErrorType}: {instance.FailureDetails?.ErrorMessage}");
        return instance.ReadOutputAs<WorkflowReport>()!;
    }

    /// <summary>Every line of a finished workflow's report, read page by page through the report route (GET /api/workflows/{id}/report).</summary>
    public async Task<IReadOnlyList<ItemResult>> FullReportAsync(string instanceId, string? outcome = null)
    {
        var lines = new List<ItemResult>();
        for (var page = 1; ; page++)
        {
            var query = new Dictionary<string, string?> { ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture), ["pageSize"] = "1000", ["outcome"] = outcome };
            var answer = await Api.GetReportAsync(Client, instanceId, name => query.GetValueOrDefault(name), "http://localhost/api", CancellationToken.None);
            Assert.Equal(System.Net.HttpStatusCode.OK, answer.StatusCode);
            var body = (WorkflowReportPage)answer.Body!;
            lines.AddRange(body.Items);
            if (body.Items.Count < body.PageSize || lines.Count >= body.Total)
            {
                return lines;
            }
        }
    }

    public async Task<JsonElement> StateAsync() => await Emulator.Admin.GetStateAsync();

    /// <summary>Requests that change TileDB state (POST, PUT, PATCH, DELETE) the emulator served since the last clear.</summary>
    public async Task<IReadOnlyList<string>> MutatingRequestsAsync()
    {
        var all = await Emulator.Admin.GetRequestsAsync();
        return all.Where(r => r.Method is "POST" or "PUT" or "PATCH" or "DELETE").Select(r => $"{r.Method} {r.Path} -> {r.Status}").ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
        if (ownsEmulator)
        {
            await Emulator.DisposeAsync();
        }
    }
}
