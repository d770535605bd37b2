using Microsoft.Extensions.Hosting;
using TileDbWorkflows.Functions.Hosting;

await FunctionsApp.CreateBuilder(args).Build().RunAsync().ConfigureAwait(false);
