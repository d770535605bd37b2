using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace TileDbWorkflows.Worker.Tests.Support;

/// <summary>Reads a workflow's full report through <c>GET /api/workflows/{id}/report</c>, a page at a time, as an operator's tool would.</summary>
internal static class WorkflowReportReader
{
    public static async Task<IReadOnlyList<JsonElement>> ReadAllAsync(HttpClient http, string instanceId, int pageSize = 1000)
    {
        var items = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var lines = (await http.GetFromJsonAsync<JsonElement>(new Uri(string.Create(CultureInfo.InvariantCulture,
                $"api/workflows/{Uri.EscapeDataString(instanceId)}/report?page={page}&pageSize={pageSize}"), UriKind.Relative)).ConfigureAwait(false))
                .GetProperty("items").EnumerateArray().ToArray();
            items.AddRange(lines);
            if (lines.Length < pageSize)
            {
                return items;
            }
        }
    }

    /// <summary>The report summary's count of <paramref name="outcome"/> (created, skipped, failed, ...).</summary>
    public static int Count(JsonElement status, string outcome) =>
        status.GetProperty("report").GetProperty("summary").GetProperty(outcome).GetInt32();
}
