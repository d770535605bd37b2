using System.Globalization;
using BenchmarkDotNet.Attributes;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Emulator;
using TileDbWorkflows.Emulator.Seed;

namespace TileDbWorkflows.Bench.Micro;

/// <summary>
/// Requests per second through the typed client against the in-process emulator, next to a raw HttpClient sending the
/// same request and reading the body as bytes: the difference is the client's own cost (JSON deserialization, the
/// retry pipeline, the region redirect handler and its cache, URI building). No latency is injected here.
/// </summary>
[MemoryDiagnoser]
public class ClientVsRawBenchmarks : IDisposable
{
    private const string ArrayName = "bench-micro";
    private static readonly TileDbUri Array = new(BenchWorld.Namespace, ArrayName);

    private EmulatorServer? emulator;
    private TileDbCloudClient? client;
    private HttpClient? raw;
    private ArrayListFilter? pageFilter;
    private string? pagePath;

    [GlobalSetup]
    public void Setup()
    {
        emulator = EmulatorServer.StartAsync(new EmulatorOptions
        {
            // 120 arrays so a page of 100 is full; the request log stays small (it is a ring buffer anyway).
            Seed = new SeedWorld
            {
                Arrays = Enumerable.Range(0, 120)
                    .Select(i => new SeedArray { Namespace = BenchWorld.Namespace, Name = i == 0 ? ArrayName : string.Create(CultureInfo.InvariantCulture, $"bench-micro-{i:D3}") })
                    .ToList(),
            },
            RequestLogCapacity = 1_000,
        }).GetAwaiter().GetResult();
        client = TileDbCloudClient.Create(new TileDbCloudOptions
        {
            ServerAddress = emulator.BaseAddress.ToString(),
            ApiToken = BenchWorld.Token,
            UseConfigFile = false,
        });
        // Same handler settings as the client's primary handler: no automatic redirects, pooled connections.
        raw = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = emulator.BaseAddress };
        raw.DefaultRequestHeaders.Add("X-TILEDB-REST-API-KEY", BenchWorld.Token);
        pageFilter = new ArrayListFilter { Namespace = BenchWorld.Namespace, PerPage = 100, Page = 1 };
        pagePath = $"/v1/arrays/browser/owned?namespace={BenchWorld.Namespace}&per_page=100&page=1";
        // Both paths must hit the same endpoint with the same answer, or the comparison means nothing.
        var viaClient = client.Arrays.ListAsync(ListScope.Owned, pageFilter).GetAwaiter().GetResult();
        using var viaRaw = raw.GetAsync(new Uri(pagePath, UriKind.Relative)).GetAwaiter().GetResult();
        if (!viaRaw.IsSuccessStatusCode || viaClient.Items.Count != 100)
        {
            throw new InvalidOperationException($"list page mismatch: raw {(int)viaRaw.StatusCode}, client {viaClient.Items.Count} items");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Dispose();

    [Benchmark(Baseline = true), BenchmarkCategory("GET array info")]
    public async Task<int> RawArrayInfo()
    {
        using var response = await raw!.GetAsync(new Uri("/v1/arrays/demo/bench-micro/metadata", UriKind.Relative)).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false)).Length;
    }

    [Benchmark, BenchmarkCategory("GET array info")]
    public async Task<string?> ClientArrayInfo() => (await client!.Arrays.GetInfoAsync(Array).ConfigureAwait(false)).Name;

    [Benchmark(Baseline = true), BenchmarkCategory("list page of 100")]
    public async Task<int> RawListPage()
    {
        using var response = await raw!.GetAsync(new Uri(pagePath!, UriKind.Relative)).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false)).Length;
    }

    [Benchmark, BenchmarkCategory("list page of 100")]
    public async Task<int> ClientListPage() => (await client!.Arrays.ListAsync(ListScope.Owned, pageFilter).ConfigureAwait(false)).Items.Count;

    public void Dispose()
    {
        client?.Dispose();
        client = null;
        raw?.Dispose();
        raw = null;
        emulator?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        emulator = null;
        GC.SuppressFinalize(this);
    }
}
