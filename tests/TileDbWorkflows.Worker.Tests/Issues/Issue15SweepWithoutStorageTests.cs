using System.Net;
using System.Text;
using System.Text.Json;
using TileDbWorkflows.Emulator;
using TileDbWorkflows.Worker.Tests.Support;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Worker.Tests.Issues;

/// <summary>
/// Issue 15: <c>POST /api/sweeps</c> on a worker without blob storage answered 202, then the workflow failed with a
/// .NET type name. The worker now refuses it up front, in words, and schedules nothing.
/// </summary>
public sealed class Issue15SweepWithoutStorageTests
{
    [Fact]
    public async Task A_sweep_without_blob_storage_is_refused_with_503_naming_the_setting_and_nothing_is_scheduled()
    {
        await using var emulator = await EmulatorServer.StartAsync();
        await using var worker = await RunningWorker.StartWorkflowWorkerAsync(new Dictionary<string, string?>
        {
            ["TileDb:ServerAddress"] = emulator.BaseAddress.ToString().TrimEnd('/'),
            ["TileDb:ApiToken"] = "demo-token",
            ["TileDb:UseConfigFile"] = "false",
            ["Worker:AllowAnonymousLoopback"] = "true",
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/{ApiRoutes.Prefix}/{ApiRoutes.Sweeps}")
        {
            Content = new StringContent("{}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", "no-storage");

        using var response = await worker.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var detail = problem.RootElement.GetProperty("detail").GetString();
        Assert.Contains("needs blob storage", detail, StringComparison.Ordinal);
        Assert.Contains("AzureWebJobsStorage", detail, StringComparison.Ordinal);
        Assert.Null(await worker.Client.GetInstanceAsync(InstanceIds.For(InstanceIds.Sweep, "no-storage")));
    }
}
