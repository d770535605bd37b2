using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace TileDbWorkflows.Functions.Tests.Harness;

/// <summary>
/// The <see cref="IHostBuilder"/> the SDK's generated auto-startup classes expect, over an existing service collection.
/// They only call <see cref="ConfigureServices"/>; anything else means the generated code changed and the in-process
/// composition test must be looked at again.
/// </summary>
internal sealed class ServicesOnlyHostBuilder(IServiceCollection services, HostBuilderContext context) : IHostBuilder
{
    public IDictionary<object, object> Properties => context.Properties;

    public IHostBuilder ConfigureServices(Action<HostBuilderContext, IServiceCollection> configureDelegate)
    {
        ArgumentNullException.ThrowIfNull(configureDelegate);
        configureDelegate(context, services);
        return this;
    }

    public IHost Build() => throw Unexpected();

    public IHostBuilder ConfigureAppConfiguration(Action<HostBuilderContext, IConfigurationBuilder> configureDelegate) => throw Unexpected();

    public IHostBuilder ConfigureContainer<TContainerBuilder>(Action<HostBuilderContext, TContainerBuilder> configureDelegate) => throw Unexpected();

    public IHostBuilder ConfigureHostConfiguration(Action<IConfigurationBuilder> configureDelegate) => throw Unexpected();

    public IHostBuilder UseServiceProviderFactory<TContainerBuilder>(IServiceProviderFactory<TContainerBuilder> factory)
        where TContainerBuilder : notnull => throw Unexpected();

    public IHostBuilder UseServiceProviderFactory<TContainerBuilder>(Func<HostBuilderContext, IServiceProviderFactory<TContainerBuilder>> factory)
        where TContainerBuilder : notnull => throw Unexpected();

    private static NotSupportedException Unexpected() => new("The generated auto-startup code did more than ConfigureServices.");
}
