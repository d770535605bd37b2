using System.Diagnostics;
using System.Globalization;
using Microsoft.DurableTask;
using TileDbWorkflows.Bench.Hosting;
using TileDbWorkflows.Bench.Naive;
using TileDbWorkflows.Testing.Azurite;
using TileDbWorkflows.Worker.DurableTask;

namespace TileDbWorkflows.Bench.E2e;

/// <summary>
/// <c>probe [azurite]</c>: the cost of one durable hop (activity scheduled, run, result back, orchestrator replayed) with
/// no TileDB work, measured as 20 sequential no-op activities. It explains the fixed overhead in the e2e ratios.
/// </summary>
internal static class ProbeCommand
{
    public static async Task<int> RunAsync(bool azure)
    {
        const int Hops = 20;
        AzuriteProcess? azurite = azure ? await AzuriteProcess.StartAsync().ConfigureAwait(false) : null;
        try
        {
            var backend = azure ? DurableBackend.AzureStorage : DurableBackend.InMemory;
            await using var host = await WorkerHost.StartAsync(
                new WorkerHostSettings(backend, azurite?.ConnectionString, new Uri("http://127.0.0.1:9/"), "probe" + Guid.NewGuid().ToString("N")[..8]),
                CancellationToken.None).ConfigureAwait(false);
            for (var round = 0; round < 6; round++)
            {
                var id = string.Create(CultureInfo.InvariantCulture, $"probe-{round}");
                var watch = Stopwatch.StartNew();
                await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(ProbeOrchestrator), round % 3 == 2 ? -Hops : Hops, new StartOrchestrationOptions(id)).ConfigureAwait(false);
                var how = (round < 3 ? "polled" : "awaited") + (round % 3 == 2 ? ", 4 in flight" : ", sequential");
                if (round < 3)
                {
                    while ((await host.Client.GetInstanceAsync(id).ConfigureAwait(false)) is not { IsCompleted: true })
                    {
                        await Task.Delay(20).ConfigureAwait(false);
                    }
                }
                else
                {
                    await host.Client.WaitForInstanceCompletionAsync(id).ConfigureAwait(false);
                }
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{backend} ({how}): {Hops} sequential no-op activities in {watch.Elapsed.TotalSeconds:0.00} s = {watch.Elapsed.TotalMilliseconds / Hops:0} ms per hop"));
            }
            return 0;
        }
        finally
        {
            if (azurite is not null)
            {
                await azurite.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
