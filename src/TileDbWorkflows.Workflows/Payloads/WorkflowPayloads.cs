using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Serialization;
using TileDbWorkflows.Workflows.Storage;

namespace TileDbWorkflows.Workflows.Payloads;

/// <summary>
/// The one payload store of every workflow: JSON documents too big for a history (a start's input, a list's items, a
/// chunk's report lines) in <see cref="WorkflowOptions.PayloadContainer"/> of the <see cref="IBlobDocumentStore"/>, named
/// under the instance id, so orchestrations pass names instead of lists.
/// </summary>
public sealed class WorkflowPayloads(IServiceProvider services, IOptions<WorkflowOptions> options)
{
    // Resolved on first use: the store is the host's to register, and a host that only serves status (or a test of the
    // registrations) must still be able to build the API without one.
    private IBlobDocumentStore Store => store ??= services.GetRequiredService<IBlobDocumentStore>();

    private IBlobDocumentStore? store;

    /// <summary>Over a given store, without a container of services (tests, tools).</summary>
    public static WorkflowPayloads Over(IBlobDocumentStore store, IOptions<WorkflowOptions> options) =>
        new(EmptyServices.Instance, options) { store = store };

    private static readonly BlobDocumentWriteOptions Json = new() { ContentType = "application/json" };

    public int InlinePayloadBytes => options.Value.InlinePayloadBytes;

    public long MaxRequestBodyBytes => options.Value.MaxRequestBodyBytes;

    /// <summary>Where the trigger puts a start's input that is bigger than <see cref="WorkflowOptions.InlinePayloadBytes"/>.</summary>
    public static string InputName(string instanceId) => $"{instanceId}/input.json";

    /// <summary>The normalised item list of one phase of a list workflow.</summary>
    public static string ItemsName(string instanceId, string phase) => $"{instanceId}/items/{phase}.json";

    /// <summary>The report lines of one chunk.</summary>
    public static string ReportName(string instanceId, string phase, int chunk) => $"{instanceId}/report/{phase}-{chunk:D5}.json";

    public Task WriteAsync<T>(string name, T value, CancellationToken cancellationToken = default) =>
        Store.WriteBytesAsync(options.Value.PayloadContainer, name, JsonSerializer.SerializeToUtf8Bytes(value, WorkflowJson.Options), Json, cancellationToken);

    /// <summary>Writes already serialized JSON.</summary>
    public Task WriteRawAsync(string name, byte[] json, CancellationToken cancellationToken = default) =>
        Store.WriteBytesAsync(options.Value.PayloadContainer, name, json, Json, cancellationToken);

    /// <summary>The document as text, or null when it does not exist.</summary>
    public Task<string?> ReadTextAsync(string name, CancellationToken cancellationToken = default) =>
        Store.ReadTextAsync(options.Value.PayloadContainer, name, cancellationToken);

    /// <summary>The document, or null when it does not exist.</summary>
    public async Task<T?> TryReadAsync<T>(string name, CancellationToken cancellationToken = default)
        where T : class
    {
        var bytes = await Store.ReadBytesAsync(options.Value.PayloadContainer, name, cancellationToken).ConfigureAwait(false);
        return bytes is null ? null : JsonSerializer.Deserialize<T>(bytes, WorkflowJson.Options);
    }

    /// <summary>The document; a missing one fails the workflow (no retry brings it back).</summary>
    public async Task<T> ReadAsync<T>(string name, CancellationToken cancellationToken = default)
        where T : class =>
        await TryReadAsync<T>(name, cancellationToken).ConfigureAwait(false)
            ?? throw new WorkflowFailedException($"The payload '{name}' is missing from the container '{options.Value.PayloadContainer}'.");

    /// <summary>Every line of a report: its inline items, then those of its report blobs, in order.</summary>
    public async IAsyncEnumerable<ItemResult> ReportLinesAsync(WorkflowReport report, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var line in report.Items)
        {
            yield return line;
        }
        foreach (var blob in report.ReportBlobs)
        {
            foreach (var line in await ReadAsync<ItemResult[]>(blob, cancellationToken).ConfigureAwait(false))
            {
                yield return line;
            }
        }
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
