using TileDbWorkflows.Cli;
using TileDbWorkflows.Cli.Infrastructure;

return await CliApp.RunAsync(args, Console.Out, Console.Error, CliEnvironment.FromProcess()).ConfigureAwait(false);
