using System.Net;
using System.Text.Json;
using TileDbWorkflows.Testing;

namespace TileDbWorkflows.Worker.Tests.Support;

/// <summary>Reads workflow status bodies over the worker's HTTP API and waits for them to end.</summary>
internal static class WorkflowStatusReader
{
    public static async Task<JsonElement?> GetAsync(HttpClient http, string instanceId)
    {
        using var response = await http.GetAsync(new Uri("api/workflows/" + Uri.EscapeDataString(instanceId), UriKind.Relative)).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
        return body.RootElement.Clone();
    }

    public static string Status(JsonElement status) => status.GetProperty("status").GetString() ?? string.Empty;

    /// <summary>Polls until the workflow has ended (Completed, Failed, Terminated); returns its last status body.</summary>
    public static async Task<JsonElement> WaitForEndAsync(WorkerProcess worker, string instanceId, TimeSpan timeout)
    {
        JsonElement? last = null;
        try
        {
            await Eventually.WaitUntilAsync(
                async _ =>
                {
                    last = await GetAsync(worker.Http, instanceId).ConfigureAwait(false);
                    return last is { } s && Status(s) is "Completed" or "Failed" or "Terminated";
                },
                timeout,
                $"workflow {instanceId} to end",
                TimeSpan.FromMilliseconds(250)).ConfigureAwait(false);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException(worker.Describe($"{ex.Message}\nLast status: {last}"), ex);
        }
        return last!.Value;
    }
}
