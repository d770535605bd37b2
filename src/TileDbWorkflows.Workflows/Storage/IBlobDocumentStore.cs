namespace TileDbWorkflows.Workflows.Storage;

/// <summary>
/// Documents kept by container and name: the sweep's manifests and reports today, workflow inputs and reports too big
/// for a history later. Activities talk to this, not to a storage SDK, so the workflows stay storage-neutral;
/// <c>TileDbWorkflows.Storage</c> implements it on Azure Blob Storage and in memory.
/// </summary>
public interface IBlobDocumentStore
{
    /// <summary>The names in <paramref name="container"/> that start with <paramref name="prefix"/>, in ordinal order.</summary>
    /// <exception cref="BlobContainerNotFoundException">The container does not exist.</exception>
    IAsyncEnumerable<string> ListNamesAsync(string container, string? prefix = null, CancellationToken cancellationToken = default);

    /// <summary>The document's content to read, or null when the document (or its container) does not exist.</summary>
    Task<Stream?> OpenReadAsync(string container, string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the document, creating the container when it is missing. Overwriting by default, so a retried write
    /// leaves the same document; with <see cref="BlobDocumentWriteOptions.Overwrite"/> off an existing one is kept.
    /// </summary>
    Task<BlobDocumentWriteResult> WriteAsync(string container, string name, Stream content, BlobDocumentWriteOptions? options = null, CancellationToken cancellationToken = default);
}
