namespace TileDbWorkflows.Cli.Tests.Support;

/// <summary>A test class with its own worker stub and a profile pointed at it (endpoint and key in the environment).</summary>
public abstract class WorkerStubTest : IAsyncLifetime
{
    protected WorkerStub Worker { get; private set; } = null!;

    protected TempProfile Profile { get; } = new();

    public async Task InitializeAsync()
    {
        Worker = await WorkerStub.StartAsync();
        Profile.Variables["TDBW_ENDPOINT"] = Worker.Endpoint;
        Profile.Variables["TDBW_KEY"] = WorkerStub.Key;
    }

    public async Task DisposeAsync()
    {
        await Worker.DisposeAsync();
        Profile.Dispose();
    }
}
