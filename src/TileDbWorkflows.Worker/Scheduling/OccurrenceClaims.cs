using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace TileDbWorkflows.Worker.Scheduling;

/// <summary>
/// Claims schedule occurrences so each is run to the end exactly once. Every occurrence has a blob of its own
/// (<c>&lt;job&gt;/&lt;occurrence&gt;</c>); a claim is a lease on it that the claimant renews while it runs, and a run
/// that ends marks the blob <c>completed</c> (metadata) before releasing the lease. A claimant that dies stops
/// renewing: the lease expires and another process claims the occurrence again (jobs derive their effects, such as
/// an orchestration instance id, from the occurrence, so the second run finishes the first one's work instead of
/// repeating it). The next occurrence has its own blob, so a dead claimant never delays it.
/// </summary>
internal sealed class OccurrenceClaims(BlobContainerClient container, string claimant, TimeSpan leaseDuration)
{
    internal const string CompletedKey = "completed";
    private const string ClaimedByKey = "claimedby";
    private const string OccurrenceFormat = "yyyyMMdd'T'HHmmss'Z'";

    public OccurrenceClaims(BlobContainerClient container, string claimant)
        : this(container, claimant, TimeSpan.FromSeconds(30))
    {
    }

    public string Claimant { get; } = claimant;

    public TimeSpan LeaseDuration { get; } = leaseDuration;

    public async Task EnsureContainerAsync(CancellationToken cancellationToken) =>
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);

    /// <summary>True when this process won <paramref name="occurrence"/> of <paramref name="jobName"/> (and holds its lease until it expires).</summary>
    public async Task<bool> TryClaimAsync(string jobName, DateTimeOffset occurrence, CancellationToken cancellationToken) =>
        (await ClaimAsync(jobName, occurrence, cancellationToken).ConfigureAwait(false)).Outcome == ClaimOutcome.Won;

    /// <summary>Tries to take the lease of <paramref name="occurrence"/>; the claim is set only when won.</summary>
    public async Task<(ClaimOutcome Outcome, OccurrenceClaim? Claim)> ClaimAsync(
        string jobName, DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        var blob = container.GetBlobClient(BlobName(jobName, occurrence));
        try
        {
            // The first to see the occurrence creates its blob; everyone then competes for the lease alike.
            await blob.UploadAsync(
                BinaryData.Empty,
                new BlobUploadOptions
                {
                    Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                    Metadata = new Dictionary<string, string> { [ClaimedByKey] = Claimant },
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Exists already (409 BlobAlreadyExists; 412 while someone holds its lease).
        }

        if (await IsCompletedAsync(blob, cancellationToken).ConfigureAwait(false))
        {
            return (ClaimOutcome.Completed, null);
        }

        var lease = blob.GetBlobLeaseClient(LeaseId());
        try
        {
            await lease.AcquireAsync(LeaseDuration, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return (ClaimOutcome.Held, null); // LeaseAlreadyPresent: a live claimant renews it.
        }

        // Someone may have completed and released it between the check and the lease.
        if (await IsCompletedAsync(blob, cancellationToken).ConfigureAwait(false))
        {
            await lease.ReleaseAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return (ClaimOutcome.Completed, null);
        }
        return (ClaimOutcome.Won, new OccurrenceClaim(jobName, occurrence, lease.LeaseId));
    }

    /// <summary>Keeps <paramref name="claim"/> (call well within <see cref="LeaseDuration"/>).</summary>
    public async Task RenewAsync(OccurrenceClaim claim, CancellationToken cancellationToken) =>
        await Lease(claim).RenewAsync(cancellationToken: cancellationToken).ConfigureAwait(false);

    /// <summary>Marks the occurrence run and lets the lease go; false when the lease was lost meanwhile.</summary>
    public async Task<bool> CompleteAsync(OccurrenceClaim claim, CancellationToken cancellationToken)
    {
        var blob = container.GetBlobClient(BlobName(claim.JobName, claim.Occurrence));
        try
        {
            await blob.SetMetadataAsync(
                new Dictionary<string, string> { [ClaimedByKey] = Claimant, [CompletedKey] = "true" },
                new BlobRequestConditions { LeaseId = claim.LeaseId },
                cancellationToken).ConfigureAwait(false);
            await Lease(claim).ReleaseAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false; // The lease expired (renewals failed) and may be someone else's now: they will complete it.
        }
    }

    /// <summary>Lets the lease go without the completion mark, so another process may claim the occurrence at once.</summary>
    public async Task AbandonAsync(OccurrenceClaim claim, CancellationToken cancellationToken)
    {
        try
        {
            await Lease(claim).ReleaseAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Lost already.
        }
    }

    /// <summary>Occurrences of <paramref name="jobName"/> seen so far: claimed ones, and whether each completed.</summary>
    public async Task<IReadOnlyList<(DateTimeOffset Occurrence, bool Completed)>> ListAsync(string jobName, CancellationToken cancellationToken)
    {
        var seen = new List<(DateTimeOffset, bool)>();
        await foreach (var item in container.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, jobName + "/", cancellationToken).ConfigureAwait(false))
        {
            if (DateTimeOffset.TryParseExact(item.Name[(jobName.Length + 1)..], OccurrenceFormat, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var occurrence))
            {
                seen.Add((occurrence, item.Metadata.ContainsKey(CompletedKey)));
            }
        }
        return seen.OrderBy(s => s.Item1).ToList();
    }

    internal static string BlobName(string jobName, DateTimeOffset occurrence) =>
        jobName + "/" + occurrence.UtcDateTime.ToString(OccurrenceFormat, CultureInfo.InvariantCulture);

    private BlobLeaseClient Lease(OccurrenceClaim claim) =>
        container.GetBlobClient(BlobName(claim.JobName, claim.Occurrence)).GetBlobLeaseClient(claim.LeaseId);

    private static async Task<bool> IsCompletedAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        var properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return properties.Value.Metadata.ContainsKey(CompletedKey);
    }

    // A lease id is the claimant's token for the lease; unique per claim so two claims of one process never share it.
#pragma warning disable RS0030 // A lease id has to be unique, not deterministic; nothing replays it.
    private static string LeaseId() => Guid.NewGuid().ToString();
#pragma warning restore RS0030
}
