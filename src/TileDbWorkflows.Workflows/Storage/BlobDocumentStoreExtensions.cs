using System.Text;

namespace TileDbWorkflows.Workflows.Storage;

/// <summary>Whole-document reads and writes over <see cref="IBlobDocumentStore"/>'s streams, for small JSON documents.</summary>
public static class BlobDocumentStoreExtensions
{
    /// <summary>The whole document, or null when it (or its container) does not exist.</summary>
    public static async Task<byte[]?> ReadBytesAsync(this IBlobDocumentStore store, string container, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var stream = await store.OpenReadAsync(container, name, cancellationToken).ConfigureAwait(false);
        if (stream is null)
        {
            return null;
        }
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            return buffer.ToArray();
        }
    }

    /// <summary>The whole document as UTF-8 text, or null when it (or its container) does not exist.</summary>
    public static async Task<string?> ReadTextAsync(this IBlobDocumentStore store, string container, string name, CancellationToken cancellationToken = default) =>
        await store.ReadBytesAsync(container, name, cancellationToken).ConfigureAwait(false) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    public static async Task<BlobDocumentWriteResult> WriteBytesAsync(
        this IBlobDocumentStore store, string container, string name, byte[] content, BlobDocumentWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var stream = new MemoryStream(content, writable: false);
        return await store.WriteAsync(container, name, stream, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8.</summary>
    public static Task<BlobDocumentWriteResult> WriteTextAsync(
        this IBlobDocumentStore store, string container, string name, string text, BlobDocumentWriteOptions? options = null, CancellationToken cancellationToken = default) =>
        store.WriteBytesAsync(container, name, Encoding.UTF8.GetBytes(text), options, cancellationToken);
}
