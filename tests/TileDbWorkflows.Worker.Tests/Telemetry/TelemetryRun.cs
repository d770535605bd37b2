using System.Net;
using System.Text;
using Microsoft.DurableTask.Client;
using TileDbWorkflows.Emulator;
using TileDbWorkflows.Testing;
using TileDbWorkflows.Worker.Tests.EndToEnd;
using TileDbWorkflows.Worker.Tests.Support;

namespace TileDbWorkflows.Worker.Tests.Telemetry;

/// <summary>What the telemetry tests share: a worker on the emulator (in-memory backend) and the sample onboarding over HTTP.</summary>
internal static class TelemetryRun
{
    public const string TileDbToken = "demo-token"; // The emulator's well-known token of its seeded user 'demo'.

    public static Dictionary<string, string?> Settings(EmulatorServer emulator, string apiKey) => new()
    {
        ["Worker:ApiKey"] = apiKey,
        ["TileDb:ServerAddress"] = emulator.BaseAddress.ToString().TrimEnd('/'),
        ["TileDb:ApiToken"] = TileDbToken,
        ["TileDb:UseConfigFile"] = "false",
        ["Workflows:RetryFirstInterval"] = "00:00:01",
        ["Workflows:TaskPollInterval"] = "00:00:01",
        ["Workflows:TaskPollBackoffCoefficient"] = "1",
    };

    /// <summary>Starts the sample onboarding with <paramref name="idempotencyKey"/> and waits for it to complete.</summary>
    public static async Task OnboardAsync(RunningWorker worker, string apiKey, string idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/onboarding")
        {
            Content = new StringContent(ExpectedOnboarding.SamplePlan, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("x-functions-key", apiKey);
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        using var response = await worker.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await Eventually.WaitUntilAsync(
            async ct => (await worker.Client.GetInstanceAsync($"onboarding-{idempotencyKey}", ct))?.RuntimeStatus == OrchestrationRuntimeStatus.Completed,
            TimeSpan.FromSeconds(90), "the onboarding to complete", TimeSpan.FromMilliseconds(200));
    }
}
