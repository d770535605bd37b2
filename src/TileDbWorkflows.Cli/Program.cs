using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cli;

return await CliApp.RunAsync(args, Console.Out, Console.Error, CliEnvironment.FromProcess()).ConfigureAwait(false);
