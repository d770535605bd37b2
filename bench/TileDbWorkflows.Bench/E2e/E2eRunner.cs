using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using TileDbWorkflows.Bench.Hosting;
using TileDbWorkflows.Bench.Scenarios;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Emulator;
using TileDbWorkflows.Emulator.Faults;
using TileDbWorkflows.Testing.Azurite;
using TileDbWorkflows.Worker.DurableTask;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Serialization;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Bench.E2e;

/// <summary>
/// Runs each chosen scenario on each chosen backend the three ways, one after another in this process, against one
/// in-process emulator reset to the same world before every run, and prints the tables.
/// </summary>
internal static class E2eRunner
{
    /// <summary>Large enough that the naive ways' one-call-per-item logs are never truncated.</summary>
    private const int RequestLogCapacity = 1_000_000;

    private static readonly TimeSpan AzurePollInterval = TimeSpan.FromMilliseconds(250);

    public static async Task<int> RunAsync(E2eOptions options)
    {
        var scenarios = options.Scenarios.Select(name => Create(name, options.Size, options.Quick)).ToArray();
        // The limit's cap follows the same settings as the worker, overrides included.
        var overrides = new ConfigurationBuilder().AddInMemoryCollection(options.Settings).Build();
        var workflows = new WorkflowOptions { MaxParallelActivities = WorkerHost.BenchMaxParallelActivities };
        overrides.GetSection(WorkflowOptions.SectionName).Bind(workflows);
        var durable = new DurableBackendOptions();
        overrides.GetSection(DurableBackendOptions.SectionName).Bind(durable);
        await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions { RequestLogCapacity = RequestLogCapacity }).ConfigureAwait(false);
        {
            using var client = LimitClient(emulator.BaseAddress);
            var environment = new ScenarioEnvironment(client, workflows, durable, null);
            // The first run in a process pays for JIT of the client and the emulator and for connection set-up, and
            // the emulator's hot loops run as tier-0 code until called often enough: an untimed limit run of each
            // scenario at the measured size first (a smoke-sized one made too few calls to tier up) keeps that out.
            foreach (var name in options.Scenarios)
            {
                var warm = Create(name, options.Size, options.Quick);
                await using var storage = await StorageAsync(warm.NeedsStorage).ConfigureAwait(false);
                await PrepareAsync(emulator, warm, options.LatencyMs, storage?.ConnectionString).ConfigureAwait(false);
                await warm.RunLimitAsync(environment with { StorageConnectionString = storage?.ConnectionString }, warm.Concurrency(workflows, durable), CancellationToken.None).ConfigureAwait(false);
            }
            var results = new List<RunResult>();
            var storages = new List<AzuriteProcess>();
            var runNumber = 0;
            foreach (var scenario in scenarios)
            {
                foreach (var backend in options.Backends)
                {
                    // Naive last: a run stopped at its timeout leaves a worker winding down, which must not slow
                    // the runs the ratios compare.
                    foreach (var way in options.Ways.Distinct().OrderBy(w => w == Way.Naive ? 1 : 0).ThenBy(w => w))
                    {
                        RunResult? best = null;
                        var repeats = way == Way.Naive ? 1 : options.Repeat;
                        for (var attempt = 0; attempt < repeats; attempt++)
                        {
                            runNumber++;
                            Log($"{scenario.Name} ({scenario.Shape}) / {Report.BackendName(backend)} / {way}");
                            // A fresh Azurite per run: its in-memory store slows down for every later run once a naive
                            // run has left thousands of messages and history rows in it (ours took 60-75 s instead of 10 s).
                            // Kept alive to the end: a worker stopped at its timeout keeps releasing its partition leases
                            // in the background, and the sidecar crashes the process if that storage is gone 10 min later.
                            var storage = await StorageAsync(scenario.NeedsStorage || (backend == DurableBackend.AzureStorage && way != Way.Limit)).ConfigureAwait(false);
                            if (storage is not null)
                            {
                                storages.Add(storage);
                            }
                            await PrepareAsync(emulator, scenario, options.LatencyMs, storage?.ConnectionString).ConfigureAwait(false);
                            RunResult result;
                            if (way == Way.Limit)
                            {
                                using var limitClient = LimitClient(emulator.BaseAddress);
                                result = await RunLimitAsync(scenario, backend, environment with { Client = limitClient, StorageConnectionString = storage?.ConnectionString }, options.Timeout).ConfigureAwait(false);
                            }
                            else
                            {
                                result = await RunDurableAsync(scenario, backend, way, emulator.BaseAddress, storage?.ConnectionString, runNumber, options).ConfigureAwait(false);
                            }
                            var (mutating, reads, span, serverMs, limited) = await EmulatorCalls.CountAsync(emulator.Admin, CancellationToken.None).ConfigureAwait(false);
                            result = result with { MutatingCalls = mutating, ReadCalls = reads, ApiSpanSeconds = span, MeanServerMs = serverMs, RateLimited = limited };
                            Log("  " + Report.OneLine(result));
                            // Best of N for limit and ours alike: the machine is shared, and noise only ever adds time.
                            if (best is null || result.Wall < best.Wall)
                            {
                                best = result;
                            }
                            if (result.TimedOut)
                            {
                                await Task.Delay(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
                            }
                        }
                        results.Add(best!);
                    }
                }
            }

            foreach (var storage in storages)
            {
                await storage.DisposeAsync().ConfigureAwait(false);
            }
            var markdown = Report.Markdown(options, workflows, durable, results);
            Console.WriteLine();
            Console.WriteLine(markdown);
            if (options.OutFile is { } file)
            {
                await File.WriteAllTextAsync(file, markdown).ConfigureAwait(false);
            }
            return 0;
        }
    }

    /// <summary>
    /// The limit's raw client: its own clock, so its limiter is fresh (see <see cref="RunClock"/>), and the adaptive
    /// limit off, since the limit is the work at the service's capacity, not a client finding it.
    /// </summary>
    private static TileDbCloudClient LimitClient(Uri emulator)
    {
        var options = new TileDbCloudOptions { ServerAddress = emulator.ToString(), ApiToken = BenchWorld.Token, UseConfigFile = false };
        options.Concurrency.Enabled = false;
        return TileDbCloudClient.Create(options, null, null, new RunClock());
    }

    /// <summary>Azurite on free ports when the run needs storage; disposing it kills its process tree.</summary>
    private static async Task<AzuriteProcess?> StorageAsync(bool needed) =>
        needed ? await AzuriteProcess.StartAsync().ConfigureAwait(false) : null;

    private static IScenario Create(string name, int? size, bool quick) => name switch
    {
        "invites" => new InvitesScenario(size ?? (quick ? 500 : 10_000)),
        // --size counts shares; the shape is 25 users per array.
        "sharing" => new SharingScenario(Math.Max(1, (size ?? (quick ? 250 : 5_000)) / 25), 25),
        // The rate-limited case: the bench token limited to 50 requests per second.
        "sharing-rl" => new SharingScenario(Math.Max(1, (size ?? (quick ? 250 : 5_000)) / 25), 25, ratePerSecond: 50),
        "sweep" => new SweepScenario(size ?? (quick ? 200 : 2_000)),
        _ => throw new ArgumentException($"unknown scenario '{name}'"),
    };

    /// <summary>The same starting world for every run: default seed plus the scenario's, the latency rule, an empty log.</summary>
    private static async Task PrepareAsync(EmulatorServer emulator, IScenario scenario, int latencyMs, string? storage)
    {
        await emulator.Admin.ResetAsync().ConfigureAwait(false);
        await emulator.Admin.LoadSeedAsync(scenario.Seed()).ConfigureAwait(false);
        if (scenario is SharingScenario { RatePerSecond: { } rate })
        {
            await emulator.Admin.SetRateLimitsAsync(new RateLimitSpec
            {
                Rules = [new RateLimitRule { Token = BenchWorld.Token, Route = "/v*", RatePerSecond = rate, Burst = SharingScenario.RateBurst }],
            }).ConfigureAwait(false);
        }
        else
        {
            await emulator.Admin.ClearRateLimitsAsync().ConfigureAwait(false);
        }
        if (latencyMs > 0)
        {
            // Every TileDB API call, every time (Count null = unlimited): the stand-in for the network round trip.
            await emulator.Admin.SetFaultsAsync(new FaultSpec
            {
                Rules =
                [
                    new FaultRule { Route = "/v1/*", Kind = FaultKinds.Latency, LatencyMs = latencyMs, Probability = 1, Count = null },
                    new FaultRule { Route = "/v2/*", Kind = FaultKinds.Latency, LatencyMs = latencyMs, Probability = 1, Count = null },
                ],
            }).ConfigureAwait(false);
        }
        await scenario.PrepareAsync(storage, CancellationToken.None).ConfigureAwait(false);
        await emulator.Admin.ClearRequestsAsync().ConfigureAwait(false);
    }

    private static async Task<RunResult> RunLimitAsync(IScenario scenario, DurableBackend backend, ScenarioEnvironment environment, TimeSpan timeout)
    {
        var concurrency = scenario.Concurrency(environment.Workflows, environment.Durable);
        var (startRss, _) = StartMemory();
        using var cts = new CancellationTokenSource(timeout);
        var watch = Stopwatch.StartNew();
        ScenarioOutcome? outcome = null;
        var timedOut = false;
        try
        {
            outcome = await scenario.RunLimitAsync(environment, concurrency, cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            timedOut = true;
        }
        watch.Stop();
        return new RunResult
        {
            Scenario = scenario.Name, Shape = scenario.Shape, Backend = backend, Way = Way.Limit, Wall = watch.Elapsed,
            TimedOut = timedOut, Outcome = outcome, Items = scenario.Items, Concurrency = concurrency,
            StartRssMiB = startRss, PeakRssMiB = ProcessMemory.PeakMiB(),
        };
    }

    private static async Task<RunResult> RunDurableAsync(
        IScenario scenario, DurableBackend backend, Way way, Uri emulator, string? storage, int runNumber, E2eOptions options)
    {
        var hub = string.Create(CultureInfo.InvariantCulture, $"bench{runNumber}x{Guid.NewGuid():N}")[..24];
        await using var host = await WorkerHost.StartAsync(
            new WorkerHostSettings(backend, storage, emulator, hub, options.Settings), CancellationToken.None).ConfigureAwait(false);
        var concurrency = scenario.Concurrency(host.Workflows, host.Durable);
        await WarmUpAsync(host, backend, runNumber).ConfigureAwait(false);
        var instanceId = string.Create(CultureInfo.InvariantCulture, $"bench-{scenario.Name}-{way.ToString().ToLowerInvariant()}-{runNumber}");
        var start = way == Way.Ours ? scenario.Ours(instanceId) : scenario.Naive(instanceId);
        var (startRss, _) = StartMemory();

        using var cts = new CancellationTokenSource(options.Timeout);
        var watch = Stopwatch.StartNew();
        if (start.Route is { } route)
        {
            instanceId = await StartThroughApiAsync(host, route, start.Input, instanceId, cts.Token).ConfigureAwait(false);
        }
        else
        {
            await host.Client.ScheduleNewOrchestrationInstanceAsync(start.Orchestrator, start.Input, new StartOrchestrationOptions(instanceId)).ConfigureAwait(false);
        }
        OrchestrationMetadata? done = null;
        var timedOut = false;
        try
        {
            done = await WaitAsync(host.Client, backend, instanceId, cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            timedOut = true;
        }
        catch (Grpc.Core.RpcException ex) when (ex.StatusCode == Grpc.Core.StatusCode.Cancelled && cts.IsCancellationRequested)
        {
            // The gRPC client reports a cancelled call as an RpcException, not as OperationCanceledException.
            timedOut = true;
        }
        watch.Stop();
        var peakRss = ProcessMemory.PeakMiB();

        ScenarioOutcome? outcome = null;
        string? error = null;
        if (done is { RuntimeStatus: OrchestrationRuntimeStatus.Completed })
        {
            var report = done.ReadOutputAs<WorkflowReport>() ?? throw new InvalidOperationException("no report");
            outcome = scenario.Judge(report);
        }
        else if (done is not null)
        {
            error = $"{done.RuntimeStatus}: {done.FailureDetails?.ErrorMessage}";
        }
        var all = backend == DurableBackend.InMemory
            ? host.HistorySizes()
            : await AzureHistoryAsync(host).ConfigureAwait(false);
        var history = all.Where(kv => !kv.Key.StartsWith("warmup-", StringComparison.Ordinal)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        return new RunResult
        {
            Scenario = scenario.Name, Shape = scenario.Shape, Backend = backend, Way = way, Wall = watch.Elapsed,
            TimedOut = timedOut, Error = error, Outcome = outcome, Items = scenario.Items, Concurrency = concurrency,
            Instances = history.Count,
            MaxHistoryEvents = history.Count == 0 ? 0 : history.Values.Max(),
            TotalHistoryEvents = history.Values.Sum(),
            StartRssMiB = startRss, PeakRssMiB = peakRss,
        };
    }

    /// <summary>
    /// Starts ours as <c>POST /api/...</c> does: the route's own handler on the host's <see cref="WorkflowApi"/>, with
    /// the body as JSON text and the instance id as the Idempotency-Key, so the input goes through validation and, when
    /// big, the payload store (a reference in history), exactly as a client's request would. Returns the instance id
    /// the start path chose.
    /// </summary>
    private static async Task<string> StartThroughApiAsync(WorkerHost host, ApiRoute route, object body, string key, CancellationToken ct)
    {
        var json = JsonSerializer.Serialize(body, body.GetType(), WorkflowJson.Options);
        var request = new ApiRequest(json, null, _ => null, key, "http://bench/api", ct);
        var response = await route.Handle(host.Api, host.Client, request).ConfigureAwait(false);
        return response is { StatusCode: System.Net.HttpStatusCode.Accepted, Body: WorkflowStatus status }
            ? status.Id
            : throw new InvalidOperationException($"{route.Name} answered {(int)response.StatusCode}: {JsonSerializer.Serialize(response.Body, WorkflowJson.Options)}");
    }

    /// <summary>
    /// A fresh host's gRPC worker connects to the sidecar some time after start (about 0.5 s here), and the first
    /// orchestration pays for JIT and connection set-up: one small probe first, so the timed run sees a warm worker,
    /// as a deployed one would be.
    /// </summary>
    private static async Task WarmUpAsync(WorkerHost host, DurableBackend backend, int runNumber)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"warmup-{runNumber}");
        await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Naive.ProbeOrchestrator), 2, new StartOrchestrationOptions(id)).ConfigureAwait(false);
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await WaitAsync(host.Client, backend, id, cts.Token).ConfigureAwait(false);
    }

    /// <summary>
    /// In memory the sidecar's wait is event-driven. On Azure Storage it is served by the provider's own 2 s polling
    /// loop, which would blur short runs: the instance row is polled here every 250 ms instead.
    /// </summary>
    private static async Task<OrchestrationMetadata> WaitAsync(DurableTaskClient client, DurableBackend backend, string instanceId, CancellationToken ct)
    {
        if (backend == DurableBackend.InMemory)
        {
            return await client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, ct).ConfigureAwait(false);
        }
        while (true)
        {
            var state = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, ct).ConfigureAwait(false);
            if (state is { IsCompleted: true })
            {
                return await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, ct).ConfigureAwait(false)
                    ?? throw new InvalidOperationException($"instance {instanceId} vanished");
            }
            await Task.Delay(AzurePollInterval, ct).ConfigureAwait(false);
        }
    }

    /// <summary>History events per instance from the Azure Storage provider itself (the sidecar streams none back).</summary>
    private static async Task<IReadOnlyDictionary<string, int>> AzureHistoryAsync(WorkerHost host)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var service = host.OrchestrationServiceClient;
        await foreach (var instance in host.Client.GetAllInstancesAsync(new OrchestrationQuery { PageSize = 500 }).ConfigureAwait(false))
        {
            try
            {
                var states = await service.GetOrchestrationStateAsync(instance.InstanceId, allExecutions: false).ConfigureAwait(false);
                var executionId = states.FirstOrDefault()?.OrchestrationInstance.ExecutionId;
                var json = await service.GetOrchestrationHistoryAsync(instance.InstanceId, executionId).ConfigureAwait(false);
                using var document = JsonDocument.Parse(json);
                counts[instance.InstanceId] = document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement.GetArrayLength() : 0;
            }
            catch (ArgumentException ex)
            {
                // An instance whose start message never got through (e.g. a sub-orchestration the provider could not
                // deserialize) has a half-written history; it is reported, not counted.
                Log($"  history of {instance.InstanceId} unreadable: {ex.Message}");
            }
        }
        return counts;
    }

    /// <summary>Collects garbage left by earlier runs and restarts the peak, so each run's peak is its own.</summary>
    private static (double Rss, bool PeakReset) StartMemory()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var reset = ProcessMemory.ResetPeak();
        return (ProcessMemory.CurrentMiB(), reset);
    }

    private static void Log(string message) =>
        Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");
}
