using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using TileDbWorkflows.Workflows.Storage;

namespace TileDbWorkflows.Storage.InMemory;

/// <summary>
/// Documents in process memory, with the Azure store's semantics (ordinal listing, a missing container refused on
/// listing, create-only writes that keep what is there), for the in-memory backend and tests. Lost with the process.
/// </summary>
public sealed class InMemoryBlobDocumentStore : IBlobDocumentStore
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte[]>> containers = new(StringComparer.Ordinal);

    /// <summary>Creates an empty container, as a deployment would before the first listing.</summary>
    public void CreateContainer(string container) => containers.GetOrAdd(container, _ => new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal));

    public async IAsyncEnumerable<string> ListNamesAsync(string container, string? prefix = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!containers.TryGetValue(container, out var documents))
        {
            throw new BlobContainerNotFoundException(container);
        }
        foreach (var name in documents.Keys.Where(n => prefix is null || n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return name;
        }
        await Task.CompletedTask.ConfigureAwait(false);
    }

    public Task<Stream?> OpenReadAsync(string container, string name, CancellationToken cancellationToken = default) =>
        Task.FromResult<Stream?>(containers.TryGetValue(container, out var documents) && documents.TryGetValue(name, out var content)
            ? new MemoryStream(content, writable: false)
            : null);

    public async Task<BlobDocumentWriteResult> WriteAsync(string container, string name, Stream content, BlobDocumentWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        options ??= new BlobDocumentWriteOptions();
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        var documents = containers.GetOrAdd(container, _ => new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal));
        var address = $"memory://{container}/{name}";
        if (options.Overwrite)
        {
            documents[name] = buffer.ToArray();
            return new BlobDocumentWriteResult(Written: true, address);
        }
        return new BlobDocumentWriteResult(documents.TryAdd(name, buffer.ToArray()), address);
    }
}
