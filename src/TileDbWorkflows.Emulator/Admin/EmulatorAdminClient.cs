using System.Text.Json;
using TileDbWorkflows.Emulator.Faults;
using TileDbWorkflows.Emulator.Http;
using TileDbWorkflows.Emulator.Seed;
using TileDbWorkflows.Emulator.Tasks;

namespace TileDbWorkflows.Emulator.Admin;

/// <summary>
/// Typed access to <c>/__emulator/</c> for tests and tools, in-process or against a standalone emulator.
/// </summary>
public sealed class EmulatorAdminClient : IDisposable
{
    private readonly HttpClient http;
    private readonly bool ownsClient;

    public EmulatorAdminClient(Uri baseAddress)
        : this(new HttpClient { BaseAddress = baseAddress }, ownsClient: true)
    {
    }

    public EmulatorAdminClient(HttpClient http, bool ownsClient = false)
    {
        this.http = http;
        this.ownsClient = ownsClient;
    }

    /// <summary>Back to the seed world; also clears faults, rate limits, latency, task behaviour and the request log.</summary>
    public Task ResetAsync(CancellationToken ct = default) => SendAsync(HttpMethod.Post, "__emulator/reset", null, ct);

    public async Task<JsonElement> GetStateAsync(CancellationToken ct = default) =>
        await http.GetFromJsonAsync<JsonElement>("__emulator/state", EmulatorJson.Options, ct).ConfigureAwait(false);

    /// <summary>Adds users, organizations, arrays and groups to the current world.</summary>
    public Task LoadSeedAsync(SeedWorld seed, CancellationToken ct = default) => SendAsync(HttpMethod.Post, "__emulator/seed", seed, ct);

    /// <summary>Requests served, oldest first. Path is a glob over the raw path (<c>*</c> = anything).</summary>
    public async Task<IReadOnlyList<RequestLogEntry>> GetRequestsAsync(string? method = null, string? path = null, int? status = null, string? user = null, CancellationToken ct = default)
    {
        var query = new List<string>();
        void Add(string key, string? value)
        {
            if (value is not null)
            {
                query.Add(key + "=" + Uri.EscapeDataString(value));
            }
        }

        Add("method", method);
        Add("path", path);
        Add("status", status?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("user", user);
        var url = "__emulator/requests" + (query.Count > 0 ? "?" + string.Join("&", query) : string.Empty);
        return await http.GetFromJsonAsync<List<RequestLogEntry>>(url, EmulatorJson.Options, ct).ConfigureAwait(false) ?? [];
    }

    public Task ClearRequestsAsync(CancellationToken ct = default) => SendAsync(HttpMethod.Delete, "__emulator/requests", null, ct);

    /// <summary>Replaces the fault set (seeded, counted, per route glob).</summary>
    public Task SetFaultsAsync(FaultSpec spec, CancellationToken ct = default) => SendAsync(HttpMethod.Put, "__emulator/faults", spec, ct);

    /// <summary>Current faults with how often each fired.</summary>
    public async Task<FaultSpec> GetFaultsAsync(CancellationToken ct = default) =>
        await http.GetFromJsonAsync<FaultSpec>("__emulator/faults", EmulatorJson.Options, ct).ConfigureAwait(false) ?? new FaultSpec();

    public Task ClearFaultsAsync(CancellationToken ct = default) => SendAsync(HttpMethod.Delete, "__emulator/faults", null, ct);

    /// <summary>Replaces the rate limits (token buckets per caller, per route glob); buckets start full.</summary>
    public Task SetRateLimitsAsync(RateLimitSpec spec, CancellationToken ct = default) => SendAsync(HttpMethod.Put, "__emulator/rate-limits", spec, ct);

    /// <summary>Current rate limits with how many requests each let through and refused.</summary>
    public async Task<RateLimitSpec> GetRateLimitsAsync(CancellationToken ct = default) =>
        await http.GetFromJsonAsync<RateLimitSpec>("__emulator/rate-limits", EmulatorJson.Options, ct).ConfigureAwait(false) ?? new RateLimitSpec();

    public Task ClearRateLimitsAsync(CancellationToken ct = default) => SendAsync(HttpMethod.Delete, "__emulator/rate-limits", null, ct);

    /// <summary>Replaces the latency rules (seeded distributions per route glob).</summary>
    public Task SetLatencyAsync(LatencySpec spec, CancellationToken ct = default) => SendAsync(HttpMethod.Put, "__emulator/latency", spec, ct);

    /// <summary>Current latency rules with how many requests each delayed and by how much in total.</summary>
    public async Task<LatencySpec> GetLatencyAsync(CancellationToken ct = default) =>
        await http.GetFromJsonAsync<LatencySpec>("__emulator/latency", EmulatorJson.Options, ct).ConfigureAwait(false) ?? new LatencySpec();

    public Task ClearLatencyAsync(CancellationToken ct = default) => SendAsync(HttpMethod.Delete, "__emulator/latency", null, ct);

    public Task SetTaskBehaviorAsync(TaskBehaviorSpec spec, CancellationToken ct = default) => SendAsync(HttpMethod.Put, "__emulator/tasks/behavior", spec, ct);

    public Task ClearTaskBehaviorAsync(CancellationToken ct = default) => SendAsync(HttpMethod.Delete, "__emulator/tasks/behavior", null, ct);

    /// <summary>Moves an asset (kind <c>array</c> or <c>group</c>) to a configured region, or back with null.</summary>
    public Task SetAssetRegionAsync(string kind, string ns, string name, string? region, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Put, "__emulator/regions/assets", new AssetRegionRequest(kind, ns, name, region), ct);

    public async Task<RegionsInfo> GetRegionsAsync(CancellationToken ct = default) =>
        await http.GetFromJsonAsync<RegionsInfo>("__emulator/regions", EmulatorJson.Options, ct).ConfigureAwait(false)
        ?? throw new InvalidOperationException("empty regions answer");

    public void Dispose()
    {
        if (ownsClient)
        {
            http.Dispose();
        }
    }

    private async Task SendAsync(HttpMethod method, string path, object? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: EmulatorJson.Options);
        }

        using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            throw new HttpRequestException($"emulator admin {method} {path} failed: {(int)response.StatusCode} {text}", null, response.StatusCode);
        }
    }
}
