using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using TileDbWorkflows.Emulator.Admin;
using TileDbWorkflows.Emulator.Auth;
using TileDbWorkflows.Emulator.Faults;
using TileDbWorkflows.Emulator.Http;
using TileDbWorkflows.Emulator.Regions;
using TileDbWorkflows.Emulator.State;
using TileDbWorkflows.Emulator.Tasks;

namespace TileDbWorkflows.Emulator;

/// <summary>Builds the emulator's web application: services, Kestrel endpoints (main + one per region), pipeline.</summary>
internal static class EmulatorApp
{
    public static (WebApplication App, ListenOptions Main, Dictionary<string, ListenOptions> Regions) Build(EmulatorOptions options)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(EmulatorApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        // Per-request framework logs at Information would cost more than the requests themselves under load.
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);

        var address = ParseHost(options.Host);
        ListenOptions? main = null;
        var regions = new Dictionary<string, ListenOptions>(StringComparer.OrdinalIgnoreCase);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Listen(address, options.Port, lo => main = lo);
            foreach (var region in options.Regions.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                k.Listen(address, 0, lo => regions[region] = lo);
            }
        });

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(options.TimeProvider ?? TimeProvider.System);
        builder.Services.AddSingleton<EmulatorState>();
        builder.Services.AddSingleton<RegionDirectory>();
        builder.Services.AddSingleton<FaultInjector>();
        builder.Services.AddSingleton<RateLimiter>();
        builder.Services.AddSingleton<LatencyInjector>();
        builder.Services.AddSingleton(new RequestLog(options.RequestLogCapacity));
        builder.Services.AddSingleton<TaskBehaviors>();
        builder.Services.AddSingleton<EmulatorRuntime>();

        var app = builder.Build();
        app.UseMiddleware<RequestLogMiddleware>();
        app.UseMiddleware<ErrorMiddleware>();
        app.UseMiddleware<FaultMiddleware>();
        app.UseMiddleware<AuthMiddleware>();
        app.UseMiddleware<RateLimitMiddleware>();
        app.UseMiddleware<LatencyMiddleware>();
        app.UseRouting();

        AdminEndpoints.Map(app);
        EmulatorRoutes.Map(app);

        return (app, main ?? throw new InvalidOperationException("main endpoint not configured"), regions);
    }

    private static IPAddress ParseHost(string host) => host switch
    {
        "localhost" => IPAddress.Loopback,
        "*" or "+" or "0.0.0.0" => IPAddress.Any,
        _ => IPAddress.TryParse(host, out var ip) ? ip : throw new ArgumentException($"host must be an IP address or localhost, got '{host}'", nameof(host)),
    };
}
