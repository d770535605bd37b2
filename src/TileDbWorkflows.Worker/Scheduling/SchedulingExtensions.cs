using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TileDbWorkflows.Storage;

namespace TileDbWorkflows.Worker.Scheduling;

public static class SchedulingExtensions
{
    /// <summary>
    /// Runs <typeparamref name="TJob"/> (scoped, one scope per run) on a cron schedule, once per occurrence across
    /// all worker processes sharing the storage account. The schedule comes from the top-level setting
    /// <paramref name="scheduleSetting"/> (e.g. <c>SweepSchedule</c>, the Functions app's name for it) unless
    /// <c>Schedules:&lt;jobName&gt;:Schedule</c> overrides it; see <see cref="ScheduledJobOptions"/>.
    /// </summary>
    public static IServiceCollection AddScheduledJob<TJob>(
        this IServiceCollection services,
        string jobName,
        string? scheduleSetting = null)
        where TJob : class, IScheduledJob
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(jobName);

        services.AddOptions<ScheduledJobOptions>(jobName)
            .Configure<IConfiguration>((options, configuration) =>
            {
                if (scheduleSetting is not null && configuration[scheduleSetting] is { Length: > 0 } schedule)
                {
                    options.Schedule = schedule;
                }
            })
            .BindConfiguration($"Schedules:{jobName}")
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ScheduledJobOptions>, ScheduledJobOptionsValidator>());
        services.AddStorageConnections();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<TJob>();
        services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<ScheduledJobService<TJob>>(sp, jobName));
        return services;
    }
}
