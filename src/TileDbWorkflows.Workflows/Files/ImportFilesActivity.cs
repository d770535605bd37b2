using Microsoft.DurableTask;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Cloud.Files;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Files;

/// <summary>
/// Creates a file array per file unless one of that name exists, then verifies it is registered. The output location
/// defaults to the namespace's file storage setting, as TileDB's own UI does. A transient error marks only its file for
/// the list engine to retry.
/// </summary>
[DurableTask(nameof(ImportFilesActivity))]
public sealed class ImportFilesActivity(ITileDbCloudClient client) : TaskActivity<FileImportBatch, IReadOnlyList<ItemResult>>
{
    public const string Phase = "files";

    public override async Task<IReadOnlyList<ItemResult>> RunAsync(TaskActivityContext context, FileImportBatch input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var results = new List<ItemResult>(input.Files.Count);
        string? defaultLocation = null;
        foreach (var file in input.Files)
        {
            var uri = new TileDbUri(input.Namespace, file.Name);
            results.Add(await ItemGuard.RunIsolatedAsync(Phase, uri.ToString(), async () =>
            {
                var existing = await ItemGuard.FindAsync(() => client.Arrays.GetInfoAsync(uri)).ConfigureAwait(false);
                if (existing is not null)
                {
                    return existing.FileType == FileType.File
                        ? ItemResult.Skipped(Phase, uri.ToString(), "already imported")
                        : ItemResult.Failed(Phase, uri.ToString(), "the name is taken by an array that is not a file array");
                }
                var output = file.OutputUri;
                if (output is null)
                {
                    defaultLocation ??= await DefaultLocationAsync(input.Namespace).ConfigureAwait(false);
                    if (defaultLocation is null)
                    {
                        return ItemResult.Failed(Phase, uri.ToString(), $"no outputUri given and namespace {input.Namespace} has no default file location");
                    }
                    output = defaultLocation.TrimEnd('/') + "/" + file.Name;
                }
                if (input.DryRun)
                {
                    return ItemResult.Created(Phase, uri.ToString(), $"would import {file.InputUri} to {output}");
                }
                try
                {
                    await client.Files.CreateAsync(new FileCreateRequest
                    {
                        Namespace = input.Namespace,
                        InputUri = file.InputUri,
                        OutputUri = output,
                        Name = file.Name,
                        AccessCredentialsName = file.CredentialsName,
                    }).ConfigureAwait(false);
                }
                catch (TileDbCloudException ex) when (ex.Kind == TileDbErrorKind.Conflict)
                {
                    return ItemResult.Skipped(Phase, uri.ToString(), "already imported");
                }
                // Verification: the import is only done when the file array can be read back.
                var created = await ItemGuard.FindAsync(() => client.Arrays.GetInfoAsync(uri)).ConfigureAwait(false);
                return created is null
                    ? ItemResult.Failed(Phase, uri.ToString(), "TileDB accepted the import but the file array is not registered afterwards")
                    : ItemResult.Created(Phase, uri.ToString(), $"imported {file.InputUri}");
            }).ConfigureAwait(false));
        }
        return results;
    }

    private async Task<string?> DefaultLocationAsync(string ns)
    {
        var org = await ItemGuard.FindAsync(() => client.Organizations.GetAsync(ns)).ConfigureAwait(false);
        if (org is not null)
        {
            return org.AssetLocations?.Files?.Path ?? Combine(org.DefaultS3Path);
        }
        var me = await client.Users.GetProfileAsync().ConfigureAwait(false);
        return string.Equals(me.Username, ns, StringComparison.OrdinalIgnoreCase)
            ? me.AssetLocations?.Files?.Path ?? Combine(me.DefaultS3Path)
            : null;
    }

    private static string? Combine(string? root) => root is null ? null : root.TrimEnd('/') + "/files";
}
