using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TileDbWorkflows.Cloud.Auth;
using TileDbWorkflows.Cloud.Http;

namespace TileDbWorkflows.Cloud;

/// <summary>Registers the TileDB Cloud client on IHttpClientFactory.</summary>
public static class TileDbCloudServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ITileDbCloudClient"/> with options bound from <paramref name="configuration"/>
    /// (pass the <c>TileDbCloud</c> section) and validated at start.
    /// </summary>
    public static IServiceCollection AddTileDbCloud(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TileDbCloudOptions>().Bind(configuration);
        return AddCore(services);
    }

    /// <summary>Registers <see cref="ITileDbCloudClient"/> with options set in code.</summary>
    public static IServiceCollection AddTileDbCloud(this IServiceCollection services, Action<TileDbCloudOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<TileDbCloudOptions>().Configure(configure);
        return AddCore(services);
    }

    internal static void ValidateOrThrow(TileDbCloudOptions options)
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            throw new OptionsValidationException(nameof(TileDbCloudOptions), typeof(TileDbCloudOptions), results.Select(r => r.ErrorMessage ?? "invalid"));
        }
    }

    private static IServiceCollection AddCore(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<TileDbCloudOptions>().ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new CloudConfigFile(sp.GetRequiredService<IOptions<TileDbCloudOptions>>().Value.ConfigFilePath));
        services.TryAddSingleton(sp => new TileDbCloudState(
            sp.GetRequiredService<IOptions<TileDbCloudOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<CloudConfigFile>(),
            sp.GetService<ILoggerFactory>()?.CreateLogger<TileDbCloudClient>()));

        // HttpClient.Timeout stays infinite: RetryHandler bounds each attempt, so a timed-out attempt can be
        // retried instead of the whole call being cut off by a timer outside the pipeline.
        services.AddHttpClient(TileDbCloudClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => TileDbCloudClient.CreatePrimaryHandler(sp.GetRequiredService<TileDbCloudState>()))
            .AddHttpMessageHandler(sp =>
            {
                var state = sp.GetRequiredService<TileDbCloudState>();
                return new RetryHandler(state.Retry, state.Options.RequestTimeout, state.Logger, state.Concurrency, state.TimeProvider);
            })
            .AddHttpMessageHandler(sp =>
            {
                var state = sp.GetRequiredService<TileDbCloudState>();
                return new RegionRedirectHandler(state.Redirects, state.Options.MaxRedirects, state.Logger);
            });
        services.TryAddTransient<ITileDbCloudClient>(sp => new TileDbCloudClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(TileDbCloudClient.HttpClientName),
            sp.GetRequiredService<TileDbCloudState>()));
        return services;
    }
}
