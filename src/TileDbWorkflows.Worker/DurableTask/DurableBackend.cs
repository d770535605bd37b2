namespace TileDbWorkflows.Worker.DurableTask;

/// <summary>Where the Durable Task sidecar keeps orchestration state.</summary>
public enum DurableBackend
{
    /// <summary>Embedded, no setup; state is lost when the process exits. The default for demos and tests.</summary>
    InMemory,

    /// <summary>Azure Storage (Azurite locally, a real account in production); several workers share one task hub.</summary>
    AzureStorage,
}
