using System.Globalization;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using TileDbWorkflows.Worker.Hosting;

namespace TileDbWorkflows.Worker.Tests.Support;

/// <summary>
/// The real worker composition (<see cref="WorkerApplication"/>) on real sockets with free ports: settings are
/// passed as command-line arguments, which override any appsettings.json that landed in the test output.
/// </summary>
internal sealed class RunningWorker : IAsyncDisposable
{
    private RunningWorker(WebApplication app)
    {
        App = app;
        Http = new HttpClient { BaseAddress = app.HttpAddress(), Timeout = TimeSpan.FromSeconds(30) };
    }

    public WebApplication App { get; }

    public HttpClient Http { get; }

    public DurableTaskClient Client => App.Services.GetRequiredService<DurableTaskClient>();

    public static async Task<RunningWorker> StartAsync(
        IReadOnlyDictionary<string, string?> settings,
        Action<DurableTaskRegistry>? tasks = null,
        Action<WebApplication>? map = null)
    {
        var builder = WorkerApplication.CreateBuilder(Arguments(settings), tasks ?? (_ => { }));
        var app = WorkerApplication.Build(builder);
        map?.Invoke(app);
        using var startTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await app.StartAsync(startTimeout.Token);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        return new RunningWorker(app);
    }

    /// <summary>The whole worker as Program.cs composes it (<see cref="WorkflowWorker"/>), in this process.</summary>
    public static async Task<RunningWorker> StartWorkflowWorkerAsync(IReadOnlyDictionary<string, string?> settings, Action<WebApplicationBuilder>? configure = null)
    {
        var app = WorkflowWorker.Build(Arguments(settings), configure);
        using var startTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await app.StartAsync(startTimeout.Token);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        return new RunningWorker(app);
    }

    private static string[] Arguments(IReadOnlyDictionary<string, string?> settings)
    {
        var defaults = new Dictionary<string, string?>
        {
            ["Worker:HttpPort"] = "0",
            ["Durable:GrpcPort"] = "0",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            defaults[key] = value;
        }
        return defaults.Select(pair => string.Create(CultureInfo.InvariantCulture, $"--{pair.Key}={pair.Value}")).ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        using var stopTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        try
        {
            await App.StopAsync(stopTimeout.Token);
        }
        finally
        {
            await App.DisposeAsync();
        }
    }
}
