using TileDbWorkflows.Emulator;

// Standalone: dotnet run --project src/TileDbWorkflows.Emulator -- --urls http://127.0.0.1:PORT
//   [--regions eu-west-2,us-east-1] [--seed seed.json] [--request-log-capacity N]
var config = new ConfigurationBuilder()
    .AddEnvironmentVariables("TILEDB_EMULATOR_")
    .AddCommandLine(args)
    .Build();

var urls = config["urls"] ?? "http://127.0.0.1:5000";
var first = new Uri(urls.Split(';', StringSplitOptions.RemoveEmptyEntries)[0].Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal));
var options = new EmulatorOptions
{
    Host = first.Host,
    Port = first.Port,
    Regions = [.. (config["regions"] ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
    SeedFile = config["seed"],
    RequestLogCapacity = int.TryParse(config["request-log-capacity"], out var capacity) ? capacity : 10_000,
    PrintBanner = true,
};

await using var server = await EmulatorServer.StartAsync(options).ConfigureAwait(false);
await server.WaitForShutdownAsync().ConfigureAwait(false);

/// <summary>Entry point, public so tests can host the emulator with WebApplicationFactory.</summary>
public partial class Program;
