using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.Hosting;
using TileDbWorkflows.Functions.Hosting;
using TileDbWorkflows.Workflows;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();

// Orchestrators and activities are registered here, once, from the shared helper: the extension's metadata
// transformer adds them to the host at start-up. There are deliberately no [OrchestrationTrigger]/[ActivityTrigger]
// wrappers as well, which would list every task twice.
builder.ConfigureDurableWorker().AddTasks(WorkflowTasks.Register);

builder.Services.AddTileDbWorkflowsFunctions(builder.Configuration);

await builder.Build().RunAsync().ConfigureAwait(false);
