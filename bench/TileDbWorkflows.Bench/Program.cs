using TileDbWorkflows.Bench;

return await BenchProgram.RunAsync(args).ConfigureAwait(false);
