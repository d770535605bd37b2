using System.Text.Json;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Serialization;
using TileDbWorkflows.Workflows.Storage;

namespace TileDbWorkflows.Workflows.Sweep;

/// <summary>
/// Reads one manifest (camelCase JSON, unknown fields refused like every request of ours) and checks it. A manifest
/// without a namespace takes <see cref="SweepOptions.Namespace"/>, or the token owner's own namespace when that is empty.
/// </summary>
public static class ManifestReader
{
    /// <summary>The manifest with its arrays, or why it cannot be used.</summary>
    public static async Task<(RegistrationManifest? Manifest, string? Error)> ReadAsync(IBlobDocumentStore store, SweepOptions options, ITileDbCloudClient client, string name)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(client);
        RegistrationManifest? manifest;
        try
        {
            var content = await store.ReadBytesAsync(options.ManifestContainer, name).ConfigureAwait(false);
            if (content is null)
            {
                return (null, $"manifest '{name}' not found in container '{options.ManifestContainer}'");
            }
            manifest = JsonSerializer.Deserialize<RegistrationManifest>(content, WorkflowJson.Options);
        }
        catch (JsonException ex)
        {
            return (null, $"manifest '{name}' is not valid JSON at {ex.Path ?? "$"}: {ex.Message.Split(" Path:", 2)[0]}");
        }
        if (manifest is null)
        {
            return (null, $"manifest '{name}' is empty");
        }
        if (string.IsNullOrWhiteSpace(manifest.Namespace))
        {
            var ns = options.Namespace;
            if (string.IsNullOrWhiteSpace(ns))
            {
                ns = (await CloudErrors.RejectingCredentialsAsync(() => client.Users.GetProfileAsync()).ConfigureAwait(false)).Username ?? string.Empty;
            }
            manifest = manifest with { Namespace = ns };
        }
        var errors = RegistrationManifestValidator.Validate(manifest);
        return errors.Count > 0 ? (null, string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}"))) : (manifest, null);
    }
}
