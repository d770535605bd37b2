using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TileDbWorkflows.Hosting;
using TileDbWorkflows.Testing;
using TileDbWorkflows.Workflows;

namespace TileDbWorkflows.Functions.Tests.Harness;

/// <summary>
/// What the durable extension provides inside the Functions host: a Durable Task gRPC endpoint the app's
/// <c>[DurableClient]</c> talks to, and something that runs the orchestrations. Here that is the in-memory sidecar with
/// a Durable Task worker running the same task classes, with the services every host registers
/// (<see cref="WorkflowHostServices.AddWorkflowHostServices"/>) over the same settings as the app: so a started
/// workflow really runs, against the TileDB emulator and the same Azurite payload store.
/// </summary>
internal sealed class DurableBackend : IAsyncDisposable
{
    private readonly IHost host;

    private DurableBackend(IHost host, Uri sidecar)
    {
        this.host = host;
        Sidecar = sidecar;
    }

    public Uri Sidecar { get; }

    public DurableTaskClient Client => host.Services.GetRequiredService<DurableTaskClient>();

    public static async Task<DurableBackend> StartAsync(IReadOnlyDictionary<string, string?> appSettings)
    {
        var port = FreePort.Next();
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(appSettings.ToDictionary(s => AppSettings.ConfigurationKey(s.Key), s => s.Value));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["TileDb:UseConfigFile"] = "false", ["TileDb:SaveSessionOnLogin"] = "false" });
        builder.Services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        builder.Services.AddWorkflowHostServices(builder.Configuration);
        builder.Services.AddInMemoryDurableTask(WorkflowTasks.Register, new InMemoryDurableTaskOptions { Port = port });
        var host = builder.Build();
        await host.StartAsync();
        return new DurableBackend(host, new Uri($"http://localhost:{port}/"));
    }

    public async Task<OrchestrationMetadata> WaitForCompletionAsync(string instanceId)
    {
        using var deadline = new CancellationTokenSource(FunctionsHostHarness.Timeout);
        return await Client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, deadline.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
