using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Azure;
using TileDbWorkflows.Workflows.Storage;

namespace TileDbWorkflows.Storage.AzureBlob;

/// <summary>
/// Documents as block blobs. The <see cref="BlobServiceClient"/> comes from the Azure client factory under
/// <see cref="ClientName"/> and is built on first use, so a missing connection fails the activity that needs storage
/// (with the message of <see cref="BlobStorageConnection"/>), not the host's start.
/// </summary>
public sealed class AzureBlobDocumentStore(IAzureClientFactory<BlobServiceClient> clients) : IBlobDocumentStore
{
    /// <summary>The client factory's registration name, so a host's own default <see cref="BlobServiceClient"/> stays apart.</summary>
    public const string ClientName = "TileDbWorkflows.Storage";

    private BlobServiceClient Service => clients.CreateClient(ClientName);

    public async IAsyncEnumerable<string> ListNamesAsync(string container, string? prefix = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var pages = Service.GetBlobContainerClient(container).GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, cancellationToken);
        var blobs = pages.GetAsyncEnumerator(cancellationToken);
        await using (blobs.ConfigureAwait(false))
        {
            while (true)
            {
                // Enumerated by hand: C# allows no yield inside a try with a catch, and the 404 arrives with the first page.
                try
                {
                    if (!await blobs.MoveNextAsync().ConfigureAwait(false))
                    {
                        yield break;
                    }
                }
                catch (RequestFailedException ex) when (ex.Status == 404)
                {
                    throw new BlobContainerNotFoundException(container, ex);
                }
                yield return blobs.Current.Name;
            }
        }
    }

    public async Task<Stream?> OpenReadAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        try
        {
            var download = await Service.GetBlobContainerClient(container).GetBlobClient(name)
                .DownloadStreamingAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return download.Value.Content;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    public async Task<BlobDocumentWriteResult> WriteAsync(string container, string name, Stream content, BlobDocumentWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new BlobDocumentWriteOptions();
        var folder = Service.GetBlobContainerClient(container);
        await folder.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var blob = folder.GetBlobClient(name);
        var upload = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = options.ContentType },
            // No conditions overwrites; If-None-Match: * writes only where nothing is.
            Conditions = options.Overwrite ? null : new BlobRequestConditions { IfNoneMatch = ETag.All },
        };
        try
        {
            await blob.UploadAsync(content, upload, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (!options.Overwrite && ex.Status is 409 or 412)
        {
            return new BlobDocumentWriteResult(Written: false, blob.Uri.ToString());
        }
        return new BlobDocumentWriteResult(Written: true, blob.Uri.ToString());
    }
}
