using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Core;
using Microsoft.Azure.Functions.Worker.Core.FunctionMetadata;
using Microsoft.Azure.Functions.Worker.Invocation;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TileDbWorkflows.Functions.Hosting;
using TileDbWorkflows.Functions.Tests.Harness;
using TileDbWorkflows.Functions.Tests.Support;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Storage;
using TileDbWorkflows.Workflows.Sweep;

namespace TileDbWorkflows.Functions.Tests.Hosting;

/// <summary>
/// The host Program.cs builds (<see cref="FunctionsApp.CreateBuilder"/>: the same builder calls), built in this process
/// with the container validated, and every function class resolved from it the way the worker's activator does.
/// </summary>
public sealed class ProgramCompositionTests
{
    [Fact]
    public async Task The_apps_own_host_builds_with_a_validated_container_and_resolves_every_function_and_the_workers_plumbing()
    {
        using var host = Build();

        await using var scope = host.Services.CreateAsyncScope();
        var functions = typeof(FunctionsApp).Assembly.GetTypes().Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<FunctionAttribute>() is not null)).ToArray();
        Assert.Equal(19, functions.Length);
        // DefaultFunctionActivator: ActivatorUtilities over the invocation's scope.
        Assert.All(functions, t => Assert.NotNull(ActivatorUtilities.CreateInstance(scope.ServiceProvider, t)));

        // The SDK's generated executor and metadata provider, not the reflection fallbacks.
        Assert.Equal("DirectFunctionExecutor", host.Services.GetRequiredService<IFunctionExecutor>().GetType().Name);
        var metadata = await host.Services.GetRequiredService<IFunctionMetadataProvider>().GetFunctionMetadataAsync(FunctionsBuildOutputDirectory);
        Assert.Equal(HarnessCases.DeclaredFunctions(), metadata.Select(m => m.Name!).Order(StringComparer.Ordinal));
        // The durable extension's start-up ran: it is what announces the registered tasks to the host.
        Assert.Contains(host.Services.GetServices<IFunctionMetadataTransformer>(), t => t.GetType().Namespace!.Contains("DurableTask", StringComparison.Ordinal));

        // Storage is the configured account, not the in-memory fallback; options pass their validation.
        Assert.DoesNotContain("InMemory", host.Services.GetRequiredService<IBlobDocumentStore>().GetType().Name, StringComparison.Ordinal);
        Assert.Equal("manifests", host.Services.GetRequiredService<IOptions<SweepOptions>>().Value.ManifestContainer);
        Assert.NotNull(host.Services.GetRequiredService<IOptions<WorkflowOptions>>().Value);
        Assert.NotEmpty(host.Services.GetServices<IHostedService>());
    }

    [Fact]
    public void A_DurableTaskClient_is_never_registered_in_the_container_the_binding_provides_it()
    {
        using var host = Build();

        // [DurableClient] is converted per invocation from the host's payload; a container registration would be a
        // client to nowhere (and minimal-API style [FromServices] use would hide the binding).
        Assert.Null(host.Services.GetService<DurableTaskClient>());
    }

    private static string FunctionsBuildOutputDirectory => FunctionsBuildOutput.Directory;

    /// <summary>
    /// The app's composition with the sample settings as the host passes them, plus what the worker runs from its entry
    /// assembly at start-up (the app's under the host, the test runner's here): the extensions' start-up code and the
    /// SDK's generated auto-startups, found the same way, on the app's assembly.
    /// </summary>
    private static IHost Build()
    {
        var args = SampleSettings.Values().Select(p => $"--{TileDbWorkflows.Hosting.AppSettings.ConfigurationKey(p.Key)}={p.Value}")
            .Append("--Functions:Worker:HostEndpoint=http://127.0.0.1:9/")
            .ToArray();
        var builder = FunctionsApp.CreateBuilder(args);

        var app = typeof(FunctionsApp).Assembly;
        var startup = app.GetCustomAttribute<WorkerExtensionStartupCodeExecutorInfoAttribute>()
            ?? throw new InvalidOperationException("no extension start-up code was generated");
        ((WorkerExtensionStartup)Activator.CreateInstance(startup.StartupCodeExecutorType)!).Configure(builder);
        var hostBuilder = new ServicesOnlyHostBuilder(builder.Services, new HostBuilderContext(new Dictionary<object, object>()) { Configuration = builder.Configuration, HostingEnvironment = builder.Environment });
        foreach (var type in app.GetTypes().Where(t => typeof(IAutoConfigureStartup).IsAssignableFrom(t) && !t.IsAbstract))
        {
            ((IAutoConfigureStartup)Activator.CreateInstance(type)!).Configure(hostBuilder);
        }

        // What the Development environment turns on: every registration constructible, no scoped service from the root.
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        return builder.Build();
    }
}
