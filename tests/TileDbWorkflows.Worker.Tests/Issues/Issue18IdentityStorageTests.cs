using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.DurableTask.Client;
using TileDbWorkflows.Emulator;
using TileDbWorkflows.Storage.Connections;
using TileDbWorkflows.Testing;
using TileDbWorkflows.Testing.Azurite;
using TileDbWorkflows.Worker.Tests.Support;

namespace TileDbWorkflows.Worker.Tests.Issues;

/// <summary>
/// Issue 18: the worker as deployed, identity-based storage with no key anywhere. Azurite runs over HTTPS with
/// <c>--oauth basic</c>; the only storage settings are the Functions-style <c>AzureWebJobsStorage__blobServiceUri</c> /
/// <c>__queueServiceUri</c> / <c>__tableServiceUri</c> with <c>__credential=managedidentity</c>, and a token credential
/// stands in for the managed identity. The task hub runs a workflow, the queue listener consumes a message, the
/// schedule claims an occurrence, the workflows' blobs are written and the readiness probe reads storage, all with tokens.
/// </summary>
public sealed class Issue18IdentityStorageTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    private AzuriteOAuth azurite = null!;
    private EmulatorServer emulator = null!;

    public async Task InitializeAsync()
    {
        azurite = await AzuriteOAuth.StartAsync();
        emulator = await EmulatorServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await emulator.DisposeAsync();
        await azurite.DisposeAsync();
    }

    [Fact]
    public async Task Task_hub_queue_schedule_and_blobs_work_with_a_token_credential_and_no_key()
    {
        var hub = AzuriteFixture.UniqueName("hub");
        var queueName = AzuriteFixture.UniqueName("q");
        var settings = EndToEndSettings.For(storage: string.Empty, emulator, hub, queueName);
        settings.Remove("AzureWebJobsStorage");
        foreach (var (key, value) in azurite.IdentitySettings("AzureWebJobsStorage"))
        {
            settings[key] = value;
        }
        settings["SweepSchedule"] = "*/2 * * * * *"; // An occurrence every two seconds to claim.
        settings["Worker:AllowAnonymousLoopback"] = "true";
        var credential = AzuriteOAuth.NewCredential();
        var overrides = new StorageClientOverrides { Credential = credential, Transport = azurite.Transport };

        await using var worker = await RunningWorker.StartWorkflowWorkerAsync(settings, builder => builder.Services.AddSingleton(overrides));

        // Test-side clients on the same footing: tokens over HTTPS, no key.
        var blobs = new BlobServiceClient(azurite.Azurite.BlobEndpoint, credential, new BlobClientOptions { Transport = azurite.Transport });
        var queue = new QueueServiceClient(
            azurite.Azurite.QueueEndpoint, credential, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64, Transport = azurite.Transport })
            .GetQueueClient(queueName);

        // The queue: a message consumed, which starts a workflow on the task hub that completes.
        await Eventually.WaitUntilAsync(async ct => (await queue.ExistsAsync(ct)).Value, Deadline, "the listener creates its queue");
        var requestId = "identity-" + Guid.NewGuid().ToString("N")[..8];
        await queue.SendMessageAsync(InvitationMessages.ReadOnQuickstart(requestId, "someone@example.org"));
        var instanceId = "invitations-" + requestId;
        OrchestrationMetadata? done = null;
        await Eventually.WaitUntilAsync(
            async ct =>
            {
                done = await worker.Client.GetInstanceAsync(instanceId, ct);
                return done is { IsCompleted: true };
            },
            Deadline, "the workflow the message starts to end", TimeSpan.FromMilliseconds(250));
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done!.RuntimeStatus);
        Assert.Empty((await queue.PeekMessagesAsync(10)).Value);

        // The schedule: an occurrence claimed (and run) in its claims container.
        var claims = blobs.GetBlobContainerClient(hub + "-claims");
        await Eventually.WaitUntilAsync(
            async ct =>
            {
                if (!(await claims.ExistsAsync(ct)).Value)
                {
                    return false;
                }
                await foreach (var _ in claims.GetBlobsAsync(cancellationToken: ct))
                {
                    return true;
                }
                return false;
            },
            Deadline, "a sweep occurrence to be claimed", TimeSpan.FromMilliseconds(250));

        // The blobs: the workflow wrote its documents (payloads, reports) through the identity-based store.
        var written = new List<string>();
        await foreach (var container in blobs.GetBlobContainersAsync())
        {
            await foreach (var blob in blobs.GetBlobContainerClient(container.Name).GetBlobsAsync())
            {
                written.Add($"{container.Name}/{blob.Name}");
            }
        }
        Assert.Contains(written, name => name.StartsWith("workflow-payloads/", StringComparison.Ordinal) || name.StartsWith("reports/", StringComparison.Ordinal));

        // The probe reads storage with the identity too.
        using var ready = await worker.Http.GetAsync(new Uri("/healthz/ready", UriKind.Relative));
        var body = await ready.Content.ReadAsStringAsync();
        Assert.Contains("\"storage\":{\"status\":\"Healthy\"", body, StringComparison.Ordinal);

        // Tokens were asked for the storage audience, and nothing was configured that holds a key.
        Assert.True(credential.RequestsByScope.ContainsKey("https://storage.azure.com/.default"), string.Join(", ", credential.RequestsByScope.Keys));
        Assert.DoesNotContain(settings.Values, value => value?.Contains("AccountKey", StringComparison.OrdinalIgnoreCase) == true);
    }
}
