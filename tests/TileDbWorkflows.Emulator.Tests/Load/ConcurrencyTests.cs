using System.Diagnostics;
using System.Net;
using TileDbWorkflows.Emulator.Tests.Support;
using Xunit.Abstractions;

namespace TileDbWorkflows.Emulator.Tests.Load;

public sealed class ConcurrencyTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Concurrent_registers_of_one_name_yield_exactly_one_winner()
    {
        await using var emu = await Emulators.StartAsync();
        using var alice = emu.CreateClient("alice-token");
        var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
            (await alice.SendAsync(HttpMethod.Post, $"/v1/arrays/alice/{Api.Enc($"s3://b/race{i}")}/register", new { name = "race" })).Status));
        Assert.Single(results, s => s == HttpStatusCode.OK);
        Assert.Equal(39, results.Count(s => s == HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task Serves_thousands_of_requests_on_loopback()
    {
        await using var emu = await Emulators.StartAsync();
        using var alice = emu.CreateClient("alice-token");
        await alice.GetOkAsync("/v1/arrays/TileDB-Inc/quickstart_sparse/metadata");
        const int total = 4000;
        var next = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 16).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= total)
            {
                using var response = await alice.GetAsync("/v1/arrays/TileDB-Inc/quickstart_sparse/metadata");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }));
        var rate = total / watch.Elapsed.TotalSeconds;
        output.WriteLine($"{total} requests in {watch.Elapsed.TotalMilliseconds:F0} ms: {rate:F0} requests/s");
        // Generous floor so a loaded CI machine passes; typical runs are far above it.
        Assert.True(rate > 500, $"only {rate:F0} requests/s");
    }
}
