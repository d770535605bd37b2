using Azure.Storage.Queues;
using TileDbWorkflows.Testing;
using TileDbWorkflows.Testing.Azurite;
using TileDbWorkflows.Worker.Queues;

namespace TileDbWorkflows.Worker.Tests.Queues;

[Collection(AzuriteFixture.Collection)]
public sealed class QueueListenerTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    // Non-ASCII and JSON punctuation: "intact" must mean byte for byte.
    private const string Body = """{"recipients":["ana@example.org","zoë@example.org"],"note":"ünïcode ✓"}""";

    [Fact]
    public async Task Handled_message_is_deleted()
    {
        var script = new HandlerScript();
        await using var listener = await ListenerHost.StartAsync(azurite, script);

        await listener.SendAsync(Body);

        await Eventually.WaitUntilAsync(() => script.Deliveries.Count == 1, Deadline, "the handler receives the message");
        await Eventually.WaitUntilAsync(ct => ListenerHost.IsEmptyAsync(listener.Queue, ct), Deadline, "the handled message is deleted");
        var delivery = Assert.Single(script.Deliveries);
        Assert.Equal(Body, delivery.Text);
        Assert.Equal(1, delivery.DequeueCount);
        Assert.True(await ListenerHost.IsEmptyAsync(listener.Poison, CancellationToken.None));
    }

    [Fact]
    public async Task Transient_failures_are_retried_then_moved_to_poison_intact_after_max_dequeue_count()
    {
        var script = new HandlerScript { Behavior = (_, _) => throw new HttpRequestException("503 from TileDB Cloud") };
        await using var listener = await ListenerHost.StartAsync(azurite, script, maxDequeueCount: 3);

        var sent = await listener.SendAsync(Body);

        var poisoned = await listener.WaitForPoisonAsync();
        Assert.Equal(Body, poisoned.Body.ToString());
        Assert.Equal([1L, 2L, 3L], script.Deliveries.Select(d => d.DequeueCount));
        Assert.All(script.Deliveries, d => Assert.Equal(sent, d.MessageId));
        Assert.True(await ListenerHost.IsEmptyAsync(listener.Queue, CancellationToken.None));
    }

    [Fact]
    public async Task Message_failing_once_is_retried_and_then_deleted()
    {
        var script = new HandlerScript();
        script.Behavior = (message, _) => message.DequeueCount == 1 ? throw new TimeoutException("transient") : Task.CompletedTask;
        await using var listener = await ListenerHost.StartAsync(azurite, script);

        await listener.SendAsync(Body);

        await Eventually.WaitUntilAsync(() => script.Deliveries.Count == 2, Deadline, "the failed message is delivered again");
        await Eventually.WaitUntilAsync(ct => ListenerHost.IsEmptyAsync(listener.Queue, ct), Deadline, "the retried message is deleted");
        Assert.True(await ListenerHost.IsEmptyAsync(listener.Poison, CancellationToken.None));
    }

    [Fact]
    public async Task Malformed_message_goes_to_poison_at_once()
    {
        var script = new HandlerScript { Behavior = (_, _) => throw new PoisonMessageException("not a bulk invitation") };
        await using var listener = await ListenerHost.StartAsync(azurite, script, maxDequeueCount: 5);

        await listener.SendAsync("this is not json");

        var poisoned = await listener.WaitForPoisonAsync();
        Assert.Equal("this is not json", poisoned.Body.ToString());
        Assert.Single(script.Deliveries);
        Assert.True(await ListenerHost.IsEmptyAsync(listener.Queue, CancellationToken.None));
    }

    [Fact]
    public async Task Message_that_is_not_Base64_goes_to_poison_as_received()
    {
        var script = new HandlerScript();
        await using var listener = await ListenerHost.StartAsync(azurite, script);

        // A producer that forgot Functions' Base64 convention.
        var raw = new QueueClient(azurite.ConnectionString, listener.Queue.Name);
        await raw.SendMessageAsync("plain text, not base64 !");

        await Eventually.WaitUntilAsync(ct => ListenerHost.IsEmptyAsync(listener.Queue, ct), Deadline, "the undecodable message leaves the queue");
        var rawPoison = new QueueClient(azurite.ConnectionString, listener.Poison.Name);
        var poisoned = Assert.Single((await rawPoison.PeekMessagesAsync(10)).Value);
        Assert.Equal("plain text, not base64 !", poisoned.Body.ToString());
        Assert.Empty(script.Deliveries);
    }

    [Fact]
    public async Task Duplicate_deliveries_reach_the_handler_twice()
    {
        // At-least-once: the listener does not deduplicate; idempotency is the handler's job.
        var script = new HandlerScript();
        await using var listener = await ListenerHost.StartAsync(azurite, script);

        await listener.SendAsync(Body);
        await listener.SendAsync(Body);

        await Eventually.WaitUntilAsync(() => script.Deliveries.Count == 2, Deadline, "both copies are delivered");
        Assert.All(script.Deliveries, d => Assert.Equal(Body, d.Text));
        await Eventually.WaitUntilAsync(ct => ListenerHost.IsEmptyAsync(listener.Queue, ct), Deadline, "both copies are deleted");
    }

    [Fact]
    public async Task Message_redelivered_after_a_lapsed_visibility_reaches_the_handler_again()
    {
        // The first worker "dies" holding the message (it never settles it); the next receive gets it again.
        var sent = new QueueClient(azurite.ConnectionString, AzuriteFixture.UniqueName("q"), new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await sent.CreateIfNotExistsAsync();
        await sent.SendMessageAsync(Body);
        var taken = (await sent.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(1))).Value;
        Assert.Single(taken);

        var script = new HandlerScript();
        await using var listener = await ListenerHost.StartAsync(azurite, script, queueName: sent.Name);

        await Eventually.WaitUntilAsync(() => script.Deliveries.Count == 1, Deadline, "the redelivered message reaches the handler");
        Assert.Equal(2, Assert.Single(script.Deliveries).DequeueCount);
        await Eventually.WaitUntilAsync(ct => ListenerHost.IsEmptyAsync(listener.Queue, ct), Deadline, "the redelivered message is deleted");
    }

    [Fact]
    public async Task Long_handler_keeps_its_message_invisible_by_renewing_visibility()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var script = new HandlerScript { Behavior = (_, ct) => release.Task.WaitAsync(ct) };
        await using var listener = await ListenerHost.StartAsync(azurite, script, visibilityTimeout: TimeSpan.FromSeconds(1));

        await listener.SendAsync(Body);
        await Eventually.WaitUntilAsync(() => script.Deliveries.Count == 1, Deadline, "the handler starts");

        // Four renewals at a third of the timeout each span more than the one-second visibility timeout.
        await Eventually.WaitUntilAsync(() => listener.Renewals >= 4, Deadline, "visibility is renewed while the handler runs");
        Assert.Empty((await listener.Queue.PeekMessagesAsync(10)).Value);
        Assert.Single(script.Deliveries);

        release.SetResult();
        await Eventually.WaitUntilAsync(ct => ListenerHost.IsEmptyAsync(listener.Queue, ct), Deadline, "the message is deleted with the renewed pop receipt");
        Assert.Single(script.Deliveries);
    }

    [Fact]
    public async Task Concurrency_is_bounded()
    {
        var running = 0;
        var maxRunning = 0;
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var script = new HandlerScript
        {
            Behavior = async (_, ct) =>
            {
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref maxRunning, now);
                try
                {
                    await gate.Task.WaitAsync(ct);
                }
                finally
                {
                    Interlocked.Decrement(ref running);
                }
            },
        };
        await using var listener = await ListenerHost.StartAsync(azurite, script, maxConcurrency: 2, batchSize: 4);

        for (var i = 0; i < 6; i++)
        {
            await listener.SendAsync($"message {i}");
        }

        await Eventually.WaitUntilAsync(() => Volatile.Read(ref running) == 2, Deadline, "two handlers run at once");
        var properties = (await listener.Queue.GetPropertiesAsync()).Value;
        // Only the two messages being handled are invisible; the other four wait in the queue, not in memory.
        Assert.Equal(6, properties.ApproximateMessagesCount);
        Assert.Equal(4, (await listener.Queue.PeekMessagesAsync(10)).Value.Length);

        gate.SetResult();
        await Eventually.WaitUntilAsync(() => script.Deliveries.Count == 6, Deadline, "every message is handled");
        await Eventually.WaitUntilAsync(ct => ListenerHost.IsEmptyAsync(listener.Queue, ct), Deadline, "every message is deleted");
        Assert.Equal(2, Volatile.Read(ref maxRunning));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
