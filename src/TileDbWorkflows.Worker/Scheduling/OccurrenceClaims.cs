using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace TileDbWorkflows.Worker.Scheduling;

/// <summary>
/// Claims schedule occurrences with conditional blob writes, so each occurrence is run by exactly one process.
/// A claim is per occurrence, not a lease: a claimant that dies costs at most the occurrence it claimed, and the
/// next occurrence is claimed on time by whoever is alive (a lease-based singleton would leave a gap until the
/// lease expires).
/// </summary>
internal sealed class OccurrenceClaims(BlobContainerClient container, string claimant)
{
    public string Claimant { get; } = claimant;

    public async Task EnsureContainerAsync(CancellationToken cancellationToken) =>
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);

    /// <summary>True when this process won <paramref name="occurrence"/> of <paramref name="jobName"/>.</summary>
    public async Task<bool> TryClaimAsync(string jobName, DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        var blob = container.GetBlobClient(jobName);
        var content = BinaryData.FromObjectAsJson(new OccurrenceClaim(occurrence.ToUniversalTime(), Claimant));

        // Each pass either decides or saw the blob change under it, which only happens when someone else claimed
        // a (newer) occurrence; the next pass then sees that and gives up.
        while (true)
        {
            // First claim ever for this job: only one creator can succeed.
            if (await TryWriteAsync(blob, content, new BlobRequestConditions { IfNoneMatch = ETag.All }, cancellationToken).ConfigureAwait(false))
            {
                return true;
            }

            Response<BlobDownloadResult> current;
            try
            {
                current = await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                continue; // Deleted in between (someone reset the schedule): claim it as new.
            }

            var stored = TryRead(current.Value.Content);
            if (stored is not null && stored.Occurrence >= occurrence)
            {
                return false; // Already claimed by someone, this occurrence or a later one.
            }

            // Replace the older claim only if nobody changed it since we read it.
            if (await TryWriteAsync(blob, content, new BlobRequestConditions { IfMatch = current.Value.Details.ETag }, cancellationToken).ConfigureAwait(false))
            {
                return true;
            }
        }
    }

    private static async Task<bool> TryWriteAsync(
        BlobClient blob, BinaryData content, BlobRequestConditions conditions, CancellationToken cancellationToken)
    {
        try
        {
            await blob.UploadAsync(content, new BlobUploadOptions { Conditions = conditions }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // 409 BlobAlreadyExists for If-None-Match: *, 412 ConditionNotMet for a stale ETag: both mean "lost".
            return false;
        }
    }

    private static OccurrenceClaim? TryRead(BinaryData content)
    {
        try
        {
            return content.ToObjectFromJson<OccurrenceClaim>();
        }
        catch (System.Text.Json.JsonException)
        {
            return null; // Unreadable claim: treat as older, so a damaged blob cannot stop the schedule for good.
        }
    }
}
