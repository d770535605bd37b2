using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TileDbWorkflows.Storage;
using TileDbWorkflows.Worker.Drain;

namespace TileDbWorkflows.Worker.Queues;

public static class QueueListenerExtensions
{
    /// <summary>
    /// Listens to a queue with <typeparamref name="THandler"/> (scoped, one scope per message).
    /// <see cref="QueueListenerOptions"/> are bound from <paramref name="sectionPath"/> (e.g. <c>Queues:BulkInvitations</c>)
    /// after <paramref name="configure"/> sets defaults, such as the queue name from the Functions app's
    /// <c>BulkInvitationsQueue</c> setting. Validated at start.
    /// </summary>
    public static IServiceCollection AddQueueListener<THandler>(
        this IServiceCollection services,
        string sectionPath,
        Action<QueueListenerOptions, IConfiguration>? configure = null)
        where THandler : class, IQueueMessageHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(sectionPath);

        services.AddOptions<QueueListenerOptions>(sectionPath)
            .Configure<IConfiguration>((options, configuration) => configure?.Invoke(options, configuration))
            .BindConfiguration(sectionPath)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<QueueListenerOptions>, QueueListenerOptionsValidator>());
        services.AddStorageConnections();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DrainSignal>();
        services.TryAddScoped<THandler>();
        // Not AddHostedService: it would collapse two listeners of the same handler type into one.
        services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<QueueListener<THandler>>(sp, sectionPath));
        return services;
    }
}
