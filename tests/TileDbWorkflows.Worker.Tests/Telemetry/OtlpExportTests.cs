using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.DurableTask.Client;
using TileDbWorkflows.Emulator;
using TileDbWorkflows.Testing;
using TileDbWorkflows.Worker.Tests.EndToEnd;
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
        await using var worker = await RunningWorker.StartWorkflowWorkerAsync(new Dictionary<string, string?>
        {
            ["Worker:ApiKey"] = ApiKey,
            ["TileDb:ServerAddress"] = emulator.BaseAddress.ToString().TrimEnd('/'),
            ["TileDb:ApiToken"] = "demo-token",
            ["TileDb:UseConfigFile"] = "false",
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            // Export within a second instead of the default five.
            ["OTEL_BSP_SCHEDULE_DELAY"] = "500",
        });

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/onboarding")
        {
            Content = new StringContent(ExpectedOnboarding.SamplePlan, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("x-functions-key", ApiKey);
        request.Headers.Add("Idempotency-Key", "otlp-1");
        using var response = await worker.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await Eventually.WaitUntilAsync(
            async ct => (await worker.Client.GetInstanceAsync("onboarding-otlp-1", ct))?.RuntimeStatus == OrchestrationRuntimeStatus.Completed,
            TimeSpan.FromSeconds(90), "the onboarding to complete", TimeSpan.FromMilliseconds(200));

        // The orchestrator, its activities, sub-orchestrations and TileDB calls: dozens of spans, far more than the start alone.
        await Eventually.WaitUntilAsync(_ => Task.FromResult(Volatile.Read(ref spansReceived) >= 20), TimeSpan.FromSeconds(30),
            "spans at the OTLP receiver", TimeSpan.FromMilliseconds(200));
    }
}
