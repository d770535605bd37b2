using System.Net;
using TileDbWorkflows.Emulator;
using TileDbWorkflows.Testing;
using TileDbWorkflows.Testing.Azurite;
using TileDbWorkflows.Worker.Tests.Support;

namespace TileDbWorkflows.Worker.Tests.Issues;

/// <summary>
/// Issue 18, part 3: /healthz said only that the process was up. /healthz/ready now checks storage, the sidecar and
/// TileDB Cloud with the token; it turns unhealthy soon after TileDB stops answering and healthy when it is back.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class Issue18ReadinessTests(AzuriteFixture azurite)
{
    private const string Token = "demo-token";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Ready_follows_TileDB_going_away_and_coming_back_while_live_stays_up()
    {
        var emulator = await EmulatorServer.StartAsync();
        var port = emulator.BaseAddress.Port;
        var settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["TileDb:ServerAddress"] = emulator.BaseAddress.ToString().TrimEnd('/'),
            ["TileDb:ApiToken"] = Token,
            ["TileDb:UseConfigFile"] = "false",
            ["Worker:AllowAnonymousLoopback"] = "true",
            ["SweepSchedule"] = "0 0 2 1 1 *",
            ["Schedules:Sweep:ContainerName"] = AzuriteFixture.UniqueName("c"),
            ["BulkInvitationsQueue"] = AzuriteFixture.UniqueName("q"),
        };
        await using var worker = await RunningWorker.StartWorkflowWorkerAsync(settings);
        try
        {
            await WaitForAsync(worker, "/healthz/ready", HttpStatusCode.OK);
            var body = await worker.Http.GetStringAsync(new Uri("/healthz/ready", UriKind.Relative));
            Assert.Contains("\"tiledb\"", body, StringComparison.Ordinal);
            Assert.Contains("\"storage\"", body, StringComparison.Ordinal);
            Assert.Contains("\"sidecar\"", body, StringComparison.Ordinal);
            Assert.DoesNotContain(Token, body, StringComparison.Ordinal);

            await emulator.DisposeAsync();
            await WaitForAsync(worker, "/healthz/ready", HttpStatusCode.ServiceUnavailable);
            Assert.Equal(HttpStatusCode.OK, (await worker.Http.GetAsync(new Uri("/healthz/live", UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await worker.Http.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);

            emulator = await EmulatorServer.StartAsync(new EmulatorOptions { Port = port });
            await WaitForAsync(worker, "/healthz/ready", HttpStatusCode.OK);
        }
        finally
        {
            await emulator.DisposeAsync();
        }
    }

    private static Task WaitForAsync(RunningWorker worker, string path, HttpStatusCode expected) =>
        Eventually.WaitUntilAsync(
            async token =>
            {
                using var response = await worker.Http.GetAsync(new Uri(path, UriKind.Relative), token);
                return response.StatusCode == expected;
            },
            Deadline,
            $"{path} to answer {expected}",
            TimeSpan.FromMilliseconds(250));
}
