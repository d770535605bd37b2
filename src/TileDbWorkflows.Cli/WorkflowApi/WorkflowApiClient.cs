using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Cli.WorkflowApi;

/// <summary>
/// The worker's (or Functions app's) HTTP API under <c>/api</c>: starting workflows, reading and controlling
/// them. Same routes on both hosts (<see cref="ApiRoutes"/>, the table both serve), authenticated by the
/// <c>x-functions-key</c> header.
/// </summary>
internal sealed class WorkflowApiClient : IDisposable
{
    public const string KeyHeader = "x-functions-key";

    private readonly HttpClient _http;

    private WorkflowApiClient(HttpClient http) => _http = http;

    public Uri BaseAddress => _http.BaseAddress!;

    /// <summary>Accepts the host root or the <c>/api</c> address; both end up at <c>.../api/</c>.</summary>
    public static WorkflowApiClient Create(string endpoint, string? key, HttpMessageHandler? handler = null)
    {
        if (!Uri.TryCreate(endpoint.Contains("://", StringComparison.Ordinal) ? endpoint : "http://" + endpoint, UriKind.Absolute, out var uri))
        {
            throw new UsageException($"'{endpoint}' is not a valid endpoint URL");
        }

        var path = uri.AbsolutePath.TrimEnd('/');
        if (!path.EndsWith("/" + ApiRoutes.Prefix, StringComparison.OrdinalIgnoreCase))
        {
            path += "/" + ApiRoutes.Prefix;
        }

        var http = handler is null ? new HttpClient() : new HttpClient(handler);
        http.BaseAddress = new UriBuilder(uri) { Path = path + "/" }.Uri;
        http.Timeout = TimeSpan.FromMinutes(2);
        if (!string.IsNullOrEmpty(key))
        {
            http.DefaultRequestHeaders.TryAddWithoutValidation(KeyHeader, key);
        }

        return new WorkflowApiClient(http);
    }

    /// <summary>
    /// POST a start route (an <see cref="ApiRoutes"/> template, with its query if any); 202 gives the started
    /// instance, 200 a finished one (dry runs).
    /// </summary>
    public Task<WorkflowStatus> StartAsync(string route, string jsonBody, string? idempotencyKey, CancellationToken ct) =>
        SendAsync<WorkflowStatus>(HttpMethod.Post, route, jsonBody, idempotencyKey, ct);

    public Task<WorkflowStatus> GetAsync(string id, CancellationToken ct) =>
        SendAsync<WorkflowStatus>(HttpMethod.Get, ApiRoutes.ForId(ApiRoutes.Workflow, id), null, null, ct);

    /// <summary>The instance, or null when the worker has none with that id.</summary>
    public async Task<WorkflowStatus?> TryGetAsync(string id, CancellationToken ct)
    {
        try
        {
            return await GetAsync(id, ct).ConfigureAwait(false);
        }
        catch (WorkflowApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public Task<WorkflowList> ListAsync(string? status, string? prefix, int? pageSize, string? continuationToken, CancellationToken ct)
    {
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }

        Add("status", status);
        Add("prefix", prefix);
        Add("pageSize", pageSize?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("continuationToken", continuationToken);
        return SendAsync<WorkflowList>(HttpMethod.Get, ApiRoutes.Workflows + (query.Count > 0 ? "?" + string.Join('&', query) : string.Empty), null, null, ct);
    }

    /// <summary>One page of the full report (<c>GET /api/workflows/{id}/report</c>), optionally only the lines of one outcome.</summary>
    public Task<WorkflowReportPage> ReportAsync(string id, string? outcome, int? page, int? pageSize, CancellationToken ct)
    {
        var query = new List<string>();
        if (!string.IsNullOrEmpty(outcome))
        {
            query.Add("outcome=" + Uri.EscapeDataString(outcome));
        }

        if (page is { } p)
        {
            query.Add("page=" + p.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (pageSize is { } size)
        {
            query.Add("pageSize=" + size.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var route = ApiRoutes.ForId(ApiRoutes.WorkflowReport, id) + (query.Count > 0 ? "?" + string.Join('&', query) : string.Empty);
        return SendAsync<WorkflowReportPage>(HttpMethod.Get, route, null, null, ct);
    }

    /// <summary>terminate, suspend, resume, approve or reject.</summary>
    public async Task ControlAsync(string id, string action, string? reason, CancellationToken ct)
    {
        var template = action switch
        {
            "terminate" => ApiRoutes.TerminateWorkflow,
            "suspend" => ApiRoutes.SuspendWorkflow,
            "resume" => ApiRoutes.ResumeWorkflow,
            "approve" => ApiRoutes.ApproveWorkflow,
            "reject" => ApiRoutes.RejectWorkflow,
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, "not a workflow control route"),
        };
        var route = ApiRoutes.ForId(template, id) + (reason is null ? string.Empty : "?reason=" + Uri.EscapeDataString(reason));
        using var response = await SendRawAsync(HttpMethod.Post, route, null, null, ct).ConfigureAwait(false);
    }

    public void Dispose() => _http.Dispose();

    private async Task<T> SendAsync<T>(HttpMethod method, string route, string? jsonBody, string? idempotencyKey, CancellationToken ct)
    {
        using var response = await SendRawAsync(method, route, jsonBody, idempotencyKey, ct).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        try
        {
            return JsonSerializer.Deserialize<T>(text, CliJson.Workflows)
                ?? throw new CliException($"the worker answered {(int)response.StatusCode} without a body");
        }
        catch (JsonException ex)
        {
            throw new CliException($"the worker answered {(int)response.StatusCode} with JSON tdbw cannot read: {ex.Message}");
        }
    }

    private async Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string route, string? jsonBody, string? idempotencyKey, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, route);
        if (jsonBody is not null)
        {
            request.Content = new StringContent(jsonBody, Encoding.UTF8, "application/json");
        }

        if (!string.IsNullOrEmpty(idempotencyKey))
        {
            request.Headers.TryAddWithoutValidation(ApiRoutes.IdempotencyKeyHeader, idempotencyKey);
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var response = await _http.SendAsync(request, ct).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            ProblemDetailsBody? problem = null;
            try
            {
                problem = string.IsNullOrWhiteSpace(text) ? null : JsonSerializer.Deserialize<ProblemDetailsBody>(text, CliJson.Workflows);
            }
            catch (JsonException)
            {
                // Not a problem document (a proxy's HTML page, say): the raw text is shown instead.
            }

            if (response.StatusCode == HttpStatusCode.Unauthorized && problem is null)
            {
                throw new WorkflowApiException(response.StatusCode, null, "the worker refused the key: pass --key, set TDBW_KEY, or run `tdbw config set key`");
            }

            throw new WorkflowApiException(response.StatusCode, problem?.Title is null ? null : problem, Truncate(text));
        }
    }

    private static string? Truncate(string? text) => text is { Length: > 300 } ? text[..300] + "…" : text;
}
