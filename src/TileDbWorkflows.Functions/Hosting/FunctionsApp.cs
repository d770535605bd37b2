using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.Hosting;
using TileDbWorkflows.Workflows;

namespace TileDbWorkflows.Functions.Hosting;

/// <summary>
/// The app's whole composition, which <c>Program.cs</c> builds and runs. A method rather than top-level statements so a
/// test builds the very same host (the same builder calls, in the same order) and resolves from its container.
/// </summary>
public static class FunctionsApp
{
    public static FunctionsApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = FunctionsApplication.CreateBuilder(args);
        builder.ConfigureFunctionsWebApplication();

        // Orchestrators and activities are registered here, once, from the shared helper: the extension's metadata
        // transformer adds them to the host at start-up. There are deliberately no [OrchestrationTrigger]/[ActivityTrigger]
        // wrappers as well, which would list every task twice.
        builder.ConfigureDurableWorker().AddTasks(WorkflowTasks.Register);

        builder.Services.AddTileDbWorkflowsFunctions(builder.Configuration);
        return builder;
    }
}
