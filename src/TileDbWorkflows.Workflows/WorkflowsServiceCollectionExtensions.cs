using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Sweep;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Workflows;

/// <summary>The one registration every host calls for the workflows' own services.</summary>
public static class WorkflowsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="WorkflowOptions"/> (section <c>Workflows</c>) and <see cref="SweepOptions"/> (section
    /// <c>Sweep</c>), both validated at start, and the host-neutral <see cref="WorkflowApi"/>. The host registers the
    /// rest the activities use: the TileDB Cloud client with <c>AddTileDbCloud</c>, the document store
    /// (<see cref="Storage.IBlobDocumentStore"/>) with <c>AddTileDbWorkflowsStorage</c>, and the tasks themselves with
    /// <see cref="WorkflowTasks.Register"/>.
    /// </summary>
    public static IServiceCollection AddTileDbWorkflows(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<WorkflowOptions>().Bind(configuration.GetSection(WorkflowOptions.SectionName)).ValidateOnStart();
        services.AddOptions<SweepOptions>().Bind(configuration.GetSection(SweepOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WorkflowOptions>, WorkflowOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SweepOptions>, SweepOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<Payloads.WorkflowPayloads>();
        services.TryAddSingleton<WorkflowApi>();
        services.TryAddTransient<Plans.LiveStateReader>();
        return services;
    }
}
