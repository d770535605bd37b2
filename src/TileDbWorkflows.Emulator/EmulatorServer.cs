using System.Globalization;
using System.Net;
using TileDbWorkflows.Emulator.Admin;
using TileDbWorkflows.Emulator.Regions;

namespace TileDbWorkflows.Emulator;

/// <summary>
/// Starts the emulator on real Kestrel sockets, in-process:
/// <c>await using var emulator = await EmulatorServer.StartAsync();</c> then talk to <see cref="BaseAddress"/>.
/// </summary>
public sealed class EmulatorServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private EmulatorServer(WebApplication app, Uri baseAddress, IReadOnlyDictionary<string, Uri> regionAddresses)
    {
        this.app = app;
        BaseAddress = baseAddress;
        RegionAddresses = regionAddresses;
        Admin = new EmulatorAdminClient(baseAddress);
    }

    /// <summary>The main (global) address, e.g. <c>http://127.0.0.1:41234/</c>; the client's host.</summary>
    public Uri BaseAddress { get; }

    /// <summary>One address per configured region; regional assets redirect here with 307.</summary>
    public IReadOnlyDictionary<string, Uri> RegionAddresses { get; }

    public EmulatorAdminClient Admin { get; }

    internal IServiceProvider Services => app.Services;

    public static async Task<EmulatorServer> StartAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EmulatorOptions();
        var (app, main, regionListeners) = EmulatorApp.Build(options);
        var runtime = app.Services.GetRequiredService<EmulatorRuntime>();
        runtime.Reset();
        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        // Kestrel writes the bound endpoint back into the listen options, which resolves port 0.
        var host = options.Host is "0.0.0.0" or "*" or "+" or "localhost" ? IPAddress.Loopback.ToString() : options.Host;
        Uri At(int port) => new(string.Create(CultureInfo.InvariantCulture, $"http://{host}:{port}/"));
        var directory = app.Services.GetRequiredService<RegionDirectory>();
        directory.MainPort = main.IPEndPoint!.Port;
        var regions = new Dictionary<string, Uri>(StringComparer.OrdinalIgnoreCase);
        foreach (var (region, listen) in regionListeners)
        {
            directory.Add(region, listen.IPEndPoint!.Port);
            regions[region] = At(listen.IPEndPoint.Port);
        }

        var server = new EmulatorServer(app, At(directory.MainPort), regions);
        if (options.PrintBanner)
        {
            EmulatorBanner.Print(Console.Out, server);
        }

        return server;
    }

    /// <summary>An HttpClient on the main address with an API token (the demo user's by default).</summary>
    public HttpClient CreateClient(string? token = "demo-token", string? region = null)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false })
        {
            BaseAddress = region is null ? BaseAddress : RegionAddresses[region],
        };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Add("X-TILEDB-REST-API-KEY", token);
        }

        return client;
    }

    /// <summary>Blocks until Ctrl+C / SIGTERM (standalone runs).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
