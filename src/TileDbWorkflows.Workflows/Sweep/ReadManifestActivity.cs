using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.Extensions.Options;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Serialization;
using TileDbWorkflows.Workflows.Storage;

namespace TileDbWorkflows.Workflows.Sweep;

/// <summary>
/// Reads one manifest (camelCase JSON, unknown fields refused like every request of ours). A manifest without a
/// namespace takes <see cref="SweepOptions.Namespace"/>, or the token owner's own namespace when that is empty.
/// </summary>
[DurableTask(nameof(ReadManifestActivity))]
public sealed class ReadManifestActivity(IBlobDocumentStore store, IOptions<SweepOptions> options, ITileDbCloudClient client)
    : TaskActivity<string, ManifestReadResult>
{
    public override async Task<ManifestReadResult> RunAsync(TaskActivityContext context, string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        RegistrationManifest? manifest;
        try
        {
            var content = await store.ReadBytesAsync(options.Value.ManifestContainer, input).ConfigureAwait(false);
            if (content is null)
            {
                return new ManifestReadResult(input, null, $"manifest '{input}' not found in container '{options.Value.ManifestContainer}'");
            }
            manifest = JsonSerializer.Deserialize<RegistrationManifest>(content, WorkflowJson.Options);
        }
        catch (JsonException ex)
        {
            return new ManifestReadResult(input, null, $"manifest '{input}' is not valid JSON at {ex.Path ?? "$"}: {ex.Message.Split(" Path:", 2)[0]}");
        }
        if (manifest is null)
        {
            return new ManifestReadResult(input, null, $"manifest '{input}' is empty");
        }
        if (string.IsNullOrWhiteSpace(manifest.Namespace))
        {
            var ns = options.Value.Namespace;
            if (string.IsNullOrWhiteSpace(ns))
            {
                ns = (await CloudErrors.RejectingCredentialsAsync(() => client.Users.GetProfileAsync()).ConfigureAwait(false)).Username ?? string.Empty;
            }
            manifest = manifest with { Namespace = ns };
        }
        return new ManifestReadResult(input, manifest, null);
    }
}
