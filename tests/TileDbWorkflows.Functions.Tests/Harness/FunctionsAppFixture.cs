using TileDbWorkflows.Emulator;
using TileDbWorkflows.Functions.Tests.Support;
using TileDbWorkflows.Testing.Azurite;

namespace TileDbWorkflows.Functions.Tests.Harness;

/// <summary>
/// One built Functions app running as a worker process under <see cref="FunctionsHostHarness"/>, with Azurite as its
/// AzureWebJobsStorage, the TileDB emulator as TileDB Cloud and <see cref="DurableBackend"/> as the durable extension.
/// Shared by a test class: each test uses its own ids.
/// </summary>
public sealed class FunctionsAppFixture : IAsyncLifetime
{
    private AzuriteProcess? azurite;
    private EmulatorServer? emulator;
    private DurableBackend? backend;
    private FunctionsHostHarness? harness;

    internal FunctionsHostHarness Host => harness ?? throw new InvalidOperationException("not started");

    internal DurableBackend Durable => backend ?? throw new InvalidOperationException("not started");

    internal EmulatorServer Emulator => emulator ?? throw new InvalidOperationException("not started");

    internal const string ApiToken = "demo-token";

    /// <summary>The sample settings (what an operator starts from) with this machine's storage, emulator and fast retries.</summary>
    internal Dictionary<string, string?> AppSettings { get; private set; } = [];

    public async Task InitializeAsync()
    {
        azurite = await AzuriteProcess.StartAsync();
        emulator = await EmulatorServer.StartAsync();
        AppSettings = SampleSettings.Values();
        AppSettings["AzureWebJobsStorage"] = azurite.ConnectionString;
        AppSettings["TaskHubName"] = AzuriteFixture.UniqueName("hub");
        AppSettings["TileDb__ServerAddress"] = emulator.BaseAddress.ToString();
        AppSettings["TileDb__ApiToken"] = ApiToken;
        AppSettings["Workflows__RetryMaxAttempts"] = "3";
        AppSettings["Workflows__RetryFirstInterval"] = "00:00:00.050";
        AppSettings["Workflows__RetryMaxInterval"] = "00:00:00.200";
        AppSettings["Workflows__TaskPollInterval"] = "00:00:00.040";
        AppSettings["Workflows__TaskPollMaxInterval"] = "00:00:00.150";
        backend = await DurableBackend.StartAsync(AppSettings);
        harness = await FunctionsHostHarness.StartAsync(AppSettings, backend.Sidecar, AppSettings["TaskHubName"]!);
    }

    public async Task DisposeAsync()
    {
        if (harness is not null)
        {
            await harness.DisposeAsync();
        }
        if (backend is not null)
        {
            await backend.DisposeAsync();
        }
        if (emulator is not null)
        {
            await emulator.DisposeAsync();
        }
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }
}
