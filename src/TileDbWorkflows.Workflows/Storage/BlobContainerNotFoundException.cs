namespace TileDbWorkflows.Workflows.Storage;

/// <summary>A listed container does not exist: a setting names the wrong one, which no retry mends.</summary>
public sealed class BlobContainerNotFoundException : Exception
{
    public BlobContainerNotFoundException()
        : this(string.Empty)
    {
    }

    public BlobContainerNotFoundException(string container)
        : base($"The container '{container}' does not exist.")
    {
        Container = container;
    }

    public BlobContainerNotFoundException(string container, Exception innerException)
        : base($"The container '{container}' does not exist.", innerException)
    {
        Container = container;
    }

    public string Container { get; } = string.Empty;
}
