using System.Text.Json;
using Azure.Storage.Queues;
using TileDbWorkflows.Emulator;
using TileDbWorkflows.Testing;
using TileDbWorkflows.Testing.Azurite;
using TileDbWorkflows.Worker.Tests.Support;

namespace TileDbWorkflows.Worker.Tests.EndToEnd;

/// <summary>
/// The bulk-invitations queue with the Functions queue-trigger semantics, end to end: the worker is a real process,
/// messages are written Base64 as Functions and its output bindings write them.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class QueueEndToEndTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private readonly string queueName = AzuriteFixture.UniqueName("q");
    private EmulatorServer emulator = null!;

    public async Task InitializeAsync() => emulator = await EmulatorServer.StartAsync();

    public async Task DisposeAsync() => await emulator.DisposeAsync();

    [Fact]
    public async Task Valid_message_delivered_twice_starts_exactly_one_workflow()
    {
        await using var worker = await WorkerProcess.StartAsync("worker", Settings(azurite.ConnectionString));
        var requestId = "dup-" + Guid.NewGuid().ToString("N")[..8];
        var message = Invitation(requestId, "first@example.org", "second@example.org");
        var queue = Queue(queueName);
        await queue.CreateIfNotExistsAsync();

        // Two deliveries of the same request, as a redelivered or re-sent message arrives.
        await queue.SendMessageAsync(message);
        await queue.SendMessageAsync(message);

        await Eventually.WaitUntilAsync(
            () => worker.Lines("Bulk invitation message").Count == 2, Deadline,
            worker.Describe("both deliveries to be handled"), TimeSpan.FromMilliseconds(100));
        var done = await WorkflowStatusReader.WaitForEndAsync(worker, "invitations-" + requestId, Deadline);

        Assert.Equal("Completed", WorkflowStatusReader.Status(done));
        Assert.True(worker.Lines("(newly started: True)").Count == 1, worker.Describe("exactly one delivery should start the workflow"));
        Assert.True(worker.Lines("(newly started: False)").Count == 1, worker.Describe("the other delivery should find it started"));
        Assert.Empty((await queue.PeekMessagesAsync(10)).Value);
        var state = await emulator.Admin.GetStateAsync();
        Assert.Equal(
            ["first@example.org", "second@example.org"],
            state.GetProperty("invitations").EnumerateArray().Select(i => i.GetProperty("email").GetString()).Order(StringComparer.Ordinal));
        Assert.Single(await emulator.Admin.GetRequestsAsync(method: "POST", path: "/v1/invitations/*"));
    }

    [Fact]
    public async Task Malformed_message_goes_to_the_poison_queue_at_once_intact()
    {
        await using var worker = await WorkerProcess.StartAsync("worker", Settings(azurite.ConnectionString));
        var queue = Queue(queueName);
        var poison = Queue(queueName + "-poison");
        await queue.CreateIfNotExistsAsync();
        const string malformed = """{ "requestId": "bad-1", "kind": "array", "recipients": "not a list" """;

        await queue.SendMessageAsync(malformed);

        var poisoned = await WaitForPoisonAsync(worker, poison);
        Assert.Equal(malformed, poisoned.Body.ToString());
        // Moved at its first delivery, not after retries. The process logs the move after making it, so the line can
        // reach its output a moment after the message reaches the poison queue.
        await Eventually.WaitUntilAsync(
            () => worker.Lines("Malformed bulk invitation message").Count > 0 && worker.Lines("the handler rejected it as malformed").Count > 0,
            Deadline, worker.Describe("the worker to log the malformed message and its move"), TimeSpan.FromMilliseconds(100));
        Assert.Single(worker.Lines("after attempt 1: the handler rejected it as malformed"));
        Assert.Empty((await queue.PeekMessagesAsync(10)).Value);
        Assert.Contains(worker.Lines("Malformed bulk invitation message"), line => line.Contains("recipients", StringComparison.Ordinal));
        Assert.Empty(await emulator.Admin.GetRequestsAsync(method: "POST"));
    }

    [Fact]
    public async Task Message_failing_transiently_every_time_goes_to_the_poison_queue_after_max_dequeue_count()
    {
        // The durable backend gets its own Azurite, killed once the worker is up: starting a workflow then fails with
        // a storage error on every attempt, while the queue (on the shared Azurite) keeps working.
        var durableStorage = await AzuriteProcess.StartAsync();
        var settings = Settings(azurite.ConnectionString);
        settings["Durable:ConnectionString"] = durableStorage.ConnectionString;
        settings["Queues:BulkInvitations:MaxDequeueCount"] = "2";
        await using var worker = await WorkerProcess.StartAsync("worker", settings);
        await durableStorage.DisposeAsync();
        var queue = Queue(queueName);
        var poison = Queue(queueName + "-poison");
        await queue.CreateIfNotExistsAsync();
        var message = Invitation("transient-1", "someone@example.org");

        await queue.SendMessageAsync(message);

        var poisoned = await WaitForPoisonAsync(worker, poison, TimeSpan.FromSeconds(120));
        Assert.Equal(message, poisoned.Body.ToString());
        // Logged after the move, so wait for the line rather than read the output the instant the message is there.
        await Eventually.WaitUntilAsync(
            () => worker.Lines("maximum dequeue count reached").Count > 0,
            Deadline, worker.Describe("the worker to log the move to the poison queue"), TimeSpan.FromMilliseconds(100));
        Assert.Single(worker.Lines("failed on attempt 1 of 2; retrying"));
        Assert.Single(worker.Lines("after attempt 2: maximum dequeue count reached"));
        Assert.Empty((await queue.PeekMessagesAsync(10)).Value);
    }

    private Dictionary<string, string?> Settings(string storage) =>
        EndToEndSettings.For(storage, emulator, AzuriteFixture.UniqueName("hub"), queueName);

    private QueueClient Queue(string name) =>
        new(azurite.ConnectionString, name, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });

    private static string Invitation(string requestId, params string[] recipients) =>
        JsonSerializer.Serialize(new
        {
            requestId,
            kind = "array",
            // A public array of the emulator's seeded organization, which the demo user owns.
            target = "tiledb://TileDB-Inc/quickstart_dense",
            recipients,
            actions = new[] { "read" },
        });

    private static async Task<Azure.Storage.Queues.Models.PeekedMessage> WaitForPoisonAsync(WorkerProcess worker, QueueClient poison, TimeSpan? timeout = null)
    {
        Azure.Storage.Queues.Models.PeekedMessage? found = null;
        await Eventually.WaitUntilAsync(
            async ct =>
            {
                if (!(await poison.ExistsAsync(ct)).Value)
                {
                    return false;
                }
                var peeked = (await poison.PeekMessagesAsync(10, ct)).Value;
                found = peeked.Length == 1 ? peeked[0] : null;
                return peeked.Length > 0;
            },
            timeout ?? Deadline, worker.Describe("the message to reach the poison queue"), TimeSpan.FromMilliseconds(200));
        return found ?? throw new InvalidOperationException(worker.Describe("more than one message reached the poison queue"));
    }
}
