using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using TileDbWorkflows.Emulator;
using TileDbWorkflows.Testing;
using TileDbWorkflows.Worker.Tests.Support;

namespace TileDbWorkflows.Worker.Tests.Telemetry;

/// <summary>
/// End to end over the wire: with only the standard OTEL_* settings, the worker exports its traces as OTLP
/// http/protobuf to a receiver on loopback (this test's own endpoint for /v1/traces).
/// </summary>
public sealed class OtlpExportTests : IAsyncLifetime
{
    private const string ApiKey = "otlp-test-api-key-0123456789";

    private EmulatorServer emulator = null!;
    private WebApplication receiver = null!;
    private int spansReceived;

    public async Task InitializeAsync()
    {
        emulator = await EmulatorServer.StartAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        receiver = builder.Build();
        receiver.MapPost("/v1/traces", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            Interlocked.Add(ref spansReceived, OtlpSpanCounter.Count(body.ToArray()));
            return Results.Ok();
        });
        await receiver.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await receiver.DisposeAsync();
        await emulator.DisposeAsync();
    }

    [Fact]
    public async Task Spans_reach_an_OTLP_receiver_named_by_the_standard_environment_settings()
    {
        var endpoint = receiver.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var settings = TelemetryRun.Settings(emulator, ApiKey);
        settings["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint;
        settings["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
        // Export within a second instead of the default five.
        settings["OTEL_BSP_SCHEDULE_DELAY"] = "500";
        await using var worker = await RunningWorker.StartWorkflowWorkerAsync(settings);

        await TelemetryRun.OnboardAsync(worker, ApiKey, "otlp-1");

        // The orchestrator, its activities, sub-orchestrations and TileDB calls: dozens of spans, far more than the start alone.
        await Eventually.WaitUntilAsync(_ => Task.FromResult(Volatile.Read(ref spansReceived) >= 20), TimeSpan.FromSeconds(30),
            "spans at the OTLP receiver", TimeSpan.FromMilliseconds(200));
    }
}
