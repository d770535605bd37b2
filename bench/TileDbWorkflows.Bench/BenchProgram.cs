using BenchmarkDotNet.Running;
using TileDbWorkflows.Bench.E2e;
using TileDbWorkflows.Bench.Micro;

namespace TileDbWorkflows.Bench;

/// <summary>Dispatches to the end-to-end harness (<c>e2e</c>) or the client micro-benchmark (<c>micro</c>).</summary>
internal static class BenchProgram
{
    public static async Task<int> RunAsync(string[] args)
    {
        var command = args.Length > 0 ? args[0] : string.Empty;
        switch (command)
        {
            case "e2e":
            {
                E2eOptions options;
                try
                {
                    options = E2eOptions.Parse(args.AsSpan(1));
                }
                catch (ArgumentException ex)
                {
                    await Console.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
                    await Console.Error.WriteLineAsync(E2eOptions.Usage).ConfigureAwait(false);
                    return 2;
                }
                return await E2eRunner.RunAsync(options).ConfigureAwait(false);
            }
            case "probe":
                return await ProbeCommand.RunAsync(args.Length > 1 && args[1] == "azurite").ConfigureAwait(false);
            case "micro":
                BenchmarkRunner.Run<ClientVsRawBenchmarks>(MicroConfig.Create(), args[1..]);
                return 0;
            default:
                await Console.Error.WriteLineAsync("usage: e2e [options] | micro [BenchmarkDotNet options]").ConfigureAwait(false);
                await Console.Error.WriteLineAsync(E2eOptions.Usage).ConfigureAwait(false);
                return 2;
        }
    }
}
