using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Arrays;

/// <summary>
/// Registers an array or brings its description and tags in line, looking first so that a second run (or a retried
/// activity) reports "skipped" and sends nothing; a transient error marks only its item for the list engine to retry.
/// Shared by onboarding and the registration sweep.
/// </summary>
public static class ArrayRegistrar
{
    public static Task<ItemResult> EnsureAsync(ITileDbCloudClient client, string @namespace, ArraySpec spec, bool dryRun, string phase, bool knownMissing, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(spec);
        var uri = new TileDbUri(@namespace, spec.Name);
        return ItemGuard.RunIsolatedAsync(phase, uri.ToString(), async () =>
        {
            var existing = knownMissing ? null : await ItemGuard.FindAsync(() => client.Arrays.GetInfoAsync(uri, ct)).ConfigureAwait(false);
            if (existing is null)
            {
                if (dryRun)
                {
                    return ItemResult.Created(phase, uri.ToString(), $"would register {spec.StorageUri}");
                }
                try
                {
                    await client.Arrays.RegisterAsync(new ArrayRegistration
                    {
                        StorageUri = spec.StorageUri,
                        Namespace = @namespace,
                        Name = spec.Name,
                        Description = spec.Description,
                        AccessCredentialsName = spec.CredentialsName,
                    }, ct).ConfigureAwait(false);
                }
                catch (TileDbCloudException ex) when (ex.Kind == TileDbErrorKind.Conflict)
                {
                    // Registered in between (e.g. by an earlier attempt of this activity): judge it like any existing array.
                    return await CompareAsync(client, uri, spec, dryRun, phase, ct).ConfigureAwait(false);
                }
                if (spec.Tags.Count > 0)
                {
                    // Registration takes no tags; a crash before this line leaves drift the next attempt repairs.
                    await client.Arrays.UpdateInfoAsync(uri, new ArrayInfoUpdate { Tags = spec.Tags }, ct).ConfigureAwait(false);
                }
                return ItemResult.Created(phase, uri.ToString());
            }
            return await UpdateIfDriftedAsync(client, uri, existing, spec, dryRun, phase, ct).ConfigureAwait(false);
        });
    }

    public static Task<ItemResult> DeregisterAsync(ITileDbCloudClient client, TileDbUri uri, bool dryRun, string phase, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(uri);
        return ItemGuard.RunIsolatedAsync(phase, uri.ToString(), async () =>
        {
            var existing = await ItemGuard.FindAsync(() => client.Arrays.GetInfoAsync(uri, ct)).ConfigureAwait(false);
            if (existing is null)
            {
                return ItemResult.Skipped(phase, uri.ToString(), "not registered");
            }
            if (dryRun)
            {
                return ItemResult.Deleted(phase, uri.ToString(), "would deregister (pruned from the manifest)");
            }
            await client.Arrays.DeregisterAsync(uri, ct).ConfigureAwait(false);
            return ItemResult.Deleted(phase, uri.ToString(), "deregistered (pruned from the manifest)");
        });
    }

    /// <summary>What differs between the registered array and the wish; a null description or empty tag list means "no opinion".</summary>
    public static IReadOnlyList<string> Drift(string? description, IReadOnlyList<string> tags, ArraySpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var drift = new List<string>();
        if (spec.Description is not null && !string.Equals(spec.Description, description ?? string.Empty, StringComparison.Ordinal))
        {
            drift.Add("description");
        }
        if (spec.Tags.Count > 0 && !new HashSet<string>(spec.Tags, StringComparer.Ordinal).SetEquals(tags))
        {
            drift.Add("tags");
        }
        return drift;
    }

    private static async Task<ItemResult> CompareAsync(ITileDbCloudClient client, TileDbUri uri, ArraySpec spec, bool dryRun, string phase, CancellationToken ct)
    {
        var existing = await client.Arrays.GetInfoAsync(uri, ct).ConfigureAwait(false);
        return await UpdateIfDriftedAsync(client, uri, existing, spec, dryRun, phase, ct).ConfigureAwait(false);
    }

    private static async Task<ItemResult> UpdateIfDriftedAsync(ITileDbCloudClient client, TileDbUri uri, ArrayInfo existing, ArraySpec spec, bool dryRun, string phase, CancellationToken ct)
    {
        if (!AssetUris.SameStorage(existing.Uri, spec.StorageUri))
        {
            return ItemResult.Failed(phase, uri.ToString(), $"the name is already registered for {existing.Uri}, not {spec.StorageUri}");
        }
        var drift = Drift(existing.Description, existing.Tags, spec);
        if (drift.Count == 0)
        {
            return ItemResult.Skipped(phase, uri.ToString(), "already registered");
        }
        if (dryRun)
        {
            return ItemResult.Updated(phase, uri.ToString(), "would update " + string.Join(" and ", drift));
        }
        await client.Arrays.UpdateInfoAsync(uri, new ArrayInfoUpdate
        {
            Description = drift.Contains("description") ? spec.Description : null,
            Tags = drift.Contains("tags") ? spec.Tags : null,
        }, ct).ConfigureAwait(false);
        return ItemResult.Updated(phase, uri.ToString(), "updated " + string.Join(" and ", drift));
    }
}
