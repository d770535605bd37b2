using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Options;
using TileDbWorkflows.Storage.Connections;
using TileDbWorkflows.Worker.Drain;
using TileDbWorkflows.Workflows.Telemetry;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Worker.Queues;

/// <summary>
/// Listens to one Azure Storage queue with the Functions queue-trigger semantics (see the hosting notes for why
/// the WebJobs trigger is not used): Base64 messages received in batches under a visibility timeout that is
/// renewed while the handler runs, bounded concurrency, delete on success, retry after a backoff on failure,
/// and after <see cref="QueueListenerOptions.MaxDequeueCount"/> attempts (or at once for
/// <see cref="PoisonMessageException"/>) the message is copied intact to <c>&lt;queue&gt;-poison</c> and deleted.
/// While the worker drains (<see cref="DrainSignal"/>) nothing more is received; handlers run on until the listener
/// stops, and one cancelled then makes its message visible again at once.
/// </summary>
internal sealed class QueueListener<THandler> : BackgroundService
    where THandler : class, IQueueMessageHandler
{
    private static readonly TimeSpan MinPollInterval = TimeSpan.FromMilliseconds(100);

    private readonly IServiceScopeFactory scopes;
    private readonly QueueListenerOptions options;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly QueueClient queue;
    private readonly QueueClient poisonQueue;
    private readonly QueueClient rawPoisonQueue;
    private readonly DrainSignal drain;
    private long renewals;

    public QueueListener(
        string name,
        IServiceScopeFactory scopes,
        IOptionsMonitor<QueueListenerOptions> options,
        StorageConnectionResolver connections,
        DrainSignal drain,
        TimeProvider time,
        ILogger<QueueListener<THandler>> logger)
    {
        this.drain = drain;
        this.scopes = scopes;
        this.options = options.Get(name);
        this.time = time;
        this.logger = logger;

        // Functions writes and reads queue messages as Base64; plain-text clients would not interoperate.
        var base64 = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        base64.MessageDecodingFailed += MoveUndecodableToPoisonAsync;
        var connection = connections.Resolve(this.options.Connection, this.options.ConnectionString);
        queue = connection.CreateQueueClient(this.options.QueueName, base64);
        poisonQueue = connection.CreateQueueClient(this.options.PoisonQueueName, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        // For bodies that were never Base64: they go to the poison queue exactly as they arrived.
        rawPoisonQueue = connection.CreateQueueClient(this.options.PoisonQueueName);
    }

    /// <summary>Visibility renewals so far (lets tests see that a long handler keeps its message).</summary>
    internal long Renewals => Interlocked.Read(ref renewals);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await queue.CreateIfNotExistsAsync(cancellationToken: stoppingToken).ConfigureAwait(false);
        await poisonQueue.CreateIfNotExistsAsync(cancellationToken: stoppingToken).ConfigureAwait(false);
        QueueListenerLog.Listening(logger, options.QueueName, options.PoisonQueueName, options.MaxDequeueCount, options.MaxConcurrency);

        using var slots = new SemaphoreSlim(options.MaxConcurrency, options.MaxConcurrency);
        var inFlight = new HashSet<Task>();
        var idleDelay = MinPollInterval;
        // Waits end when draining begins; a receive under way does not (cancelled, its messages would stay hidden).
        using var taking = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, drain.Draining);
        try
        {
            while (!taking.IsCancellationRequested)
            {
                // Fetch only as many messages as there are free slots: a received message's visibility clock is
                // running, so it must not wait for a slot.
                await slots.WaitAsync(taking.Token).ConfigureAwait(false);
                var free = 1;
                while (free < options.BatchSize && slots.Wait(0, CancellationToken.None))
                {
                    free++;
                }

                QueueMessage[] messages;
                try
                {
                    messages = (await queue.ReceiveMessagesAsync(free, options.VisibilityTimeout, stoppingToken).ConfigureAwait(false)).Value;
                }
                // Azure.Core reports exhausted transport retries as AggregateException, service errors as RequestFailedException.
                catch (Exception ex) when (ex is RequestFailedException or AggregateException)
                {
                    slots.Release(free);
                    QueueListenerLog.ReceiveFailed(logger, ex, options.QueueName, options.PollInterval);
                    await Task.Delay(options.PollInterval, time, taking.Token).ConfigureAwait(false);
                    continue;
                }

                if (drain.IsDraining)
                {
                    // Received as the drain began: straight back to the queue for another worker.
                    slots.Release(free);
                    foreach (var message in messages)
                    {
                        await TryMakeVisibleAsync(message).ConfigureAwait(false);
                    }
                    break;
                }

                if (free > messages.Length)
                {
                    slots.Release(free - messages.Length);
                }
                foreach (var message in messages)
                {
                    var task = HandleAndReleaseAsync(message, slots, stoppingToken);
                    lock (inFlight)
                    {
                        inFlight.Add(task);
                    }
                    _ = task.ContinueWith(
                        done =>
                        {
                            lock (inFlight)
                            {
                                inFlight.Remove(done);
                            }
                        },
                        CancellationToken.None,
                        TaskContinuationOptions.ExecuteSynchronously,
                        TaskScheduler.Default);
                }

                if (messages.Length == 0)
                {
                    await Task.Delay(idleDelay, time, taking.Token).ConfigureAwait(false);
                    idleDelay = TimeSpan.FromTicks(Math.Min(idleDelay.Ticks * 2, options.PollInterval.Ticks));
                }
                else
                {
                    idleDelay = MinPollInterval;
                }
            }
        }
        catch (OperationCanceledException) when (taking.IsCancellationRequested)
        {
            // Draining or stopping.
        }
        finally
        {
            // Let handlers finish settling their messages (they see the stopping token) before the host moves on.
            Task[] pending;
            lock (inFlight)
            {
                pending = [.. inFlight];
            }
            await Task.WhenAll(pending).ConfigureAwait(false);
        }
    }

    private async Task HandleAndReleaseAsync(QueueMessage message, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        drain.Enter();
        try
        {
            // Leave the receive loop before running the handler.
            await Task.Yield();
            await HandleAsync(message, stoppingToken).ConfigureAwait(false);
        }
        finally
        {
            slots.Release();
            drain.Exit();
        }
    }

    private async Task HandleAsync(QueueMessage message, CancellationToken stoppingToken)
    {
        if (message.DequeueCount > options.MaxDequeueCount)
        {
            // Delivered more often than allowed without a recorded failure (handlers that crashed the process or
            // outlived their visibility): as in Functions, poison it without running the handler again.
            await TryMoveToPoisonAsync(message, message.PopReceipt, "maximum dequeue count exceeded before handling").ConfigureAwait(false);
            return;
        }

        var text = message.Body.ToString();
        // A child of the producer's span when the message carries a traceparent, so the workflow it starts joins that trace.
        using var span = WorkflowActivities.StartQueueMessage(options.QueueName, message.MessageId, message.DequeueCount, QueueEnvelope.ReadTraceParent(text));
        WorkflowMetrics.RecordDequeue(options.QueueName, message.DequeueCount);

        var receipt = new PopReceipt(message.PopReceipt);
        using var renewing = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var renewal = KeepInvisibleAsync(message.MessageId, receipt, renewing.Token);

        Exception? failure = null;
        var poisonNow = false;
        var abandoned = false;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetRequiredService<THandler>();
            var context = new QueueMessageContext(
                options.QueueName, message.MessageId, text, message.DequeueCount, message.InsertedOn);
            await handler.HandleAsync(context, stoppingToken).ConfigureAwait(false);
        }
        catch (PoisonMessageException ex)
        {
            failure = ex;
            poisonNow = true;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            abandoned = true;
        }
#pragma warning disable CA1031 // Any handler failure is a failed attempt; the message, not the listener, pays for it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            failure = ex;
        }
        finally
        {
            await renewing.CancelAsync().ConfigureAwait(false);
            await renewal.ConfigureAwait(false);
        }

        // Settling uses no stopping token: a handled message should still be deleted while the host stops.
        var outcome = abandoned ? "abandoned" : failure is null ? "delete" : poisonNow ? "poison" : "retry";
        try
        {
            if (abandoned)
            {
                // Shutting down mid-handler: hand the message to another worker now rather than after the timeout.
                await queue.UpdateMessageAsync(message.MessageId, receipt.Value, visibilityTimeout: TimeSpan.Zero, cancellationToken: CancellationToken.None).ConfigureAwait(false);
            }
            else if (failure is null)
            {
                await queue.DeleteMessageAsync(message.MessageId, receipt.Value, CancellationToken.None).ConfigureAwait(false);
            }
            else if (poisonNow || message.DequeueCount >= options.MaxDequeueCount)
            {
                await MoveToPoisonAsync(message, receipt.Value).ConfigureAwait(false);
                WorkflowMetrics.RecordPoison(options.QueueName, poisonNow ? WorkflowMetrics.PoisonMalformed : WorkflowMetrics.PoisonMaxDequeue);
                QueueListenerLog.Poisoned(
                    logger, failure, message.MessageId, options.QueueName, options.PoisonQueueName, message.DequeueCount,
                    poisonNow ? "the handler rejected it as malformed" : "maximum dequeue count reached");
            }
            else
            {
                QueueListenerLog.Retrying(logger, failure, message.MessageId, options.QueueName, message.DequeueCount, options.MaxDequeueCount, options.RetryBackoff);
                await queue.UpdateMessageAsync(message.MessageId, receipt.Value, visibilityTimeout: options.RetryBackoff, cancellationToken: CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is RequestFailedException or AggregateException)
        {
            // Typically the pop receipt went stale (visibility lapsed and another consumer took the message).
            QueueListenerLog.SettleFailed(logger, ex, message.MessageId, options.QueueName, outcome);
        }
    }

    private async Task TryMakeVisibleAsync(QueueMessage message)
    {
        try
        {
            await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RequestFailedException or AggregateException)
        {
            QueueListenerLog.SettleFailed(logger, ex, message.MessageId, options.QueueName, "abandoned");
        }
    }

    private async Task TryMoveToPoisonAsync(QueueMessage message, string popReceipt, string reason)
    {
        try
        {
            await MoveToPoisonAsync(message, popReceipt).ConfigureAwait(false);
            WorkflowMetrics.RecordPoison(options.QueueName, WorkflowMetrics.PoisonMaxDequeue);
            QueueListenerLog.Poisoned(logger, null, message.MessageId, options.QueueName, options.PoisonQueueName, message.DequeueCount, reason);
        }
        catch (Exception ex) when (ex is RequestFailedException or AggregateException)
        {
            QueueListenerLog.SettleFailed(logger, ex, message.MessageId, options.QueueName, "poison");
        }
    }

    private async Task MoveToPoisonAsync(QueueMessage message, string popReceipt)
    {
        // The decoded bytes are re-encoded by the Base64 client, so the poison queue holds exactly what arrived.
        // Copy first, then delete: a crash in between duplicates the message into poison, never loses it.
        await poisonQueue.SendMessageAsync(message.Body, cancellationToken: CancellationToken.None).ConfigureAwait(false);
        await queue.DeleteMessageAsync(message.MessageId, popReceipt, CancellationToken.None).ConfigureAwait(false);
    }

    private async Task KeepInvisibleAsync(string messageId, PopReceipt receipt, CancellationToken cancellationToken)
    {
        var interval = options.VisibilityTimeout / 3;
        try
        {
            while (true)
            {
                await Task.Delay(interval, time, cancellationToken).ConfigureAwait(false);
                var updated = await queue.UpdateMessageAsync(
                    messageId, receipt.Value, visibilityTimeout: options.VisibilityTimeout, cancellationToken: cancellationToken).ConfigureAwait(false);
                // Every update issues a new pop receipt; the old one no longer deletes the message.
                receipt.Value = updated.Value.PopReceipt;
                Interlocked.Increment(ref renewals);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The handler finished.
        }
        catch (Exception ex) when (ex is RequestFailedException or AggregateException)
        {
            QueueListenerLog.RenewFailed(logger, ex, messageId, options.QueueName);
        }
    }

    private async Task MoveUndecodableToPoisonAsync(QueueMessageDecodingFailedEventArgs args)
    {
        // Functions moves undecodable messages to the poison queue too; retrying them could never succeed.
        if (args.ReceivedMessage is not { } received)
        {
            return;
        }
        await rawPoisonQueue.SendMessageAsync(received.Body.ToString(), cancellationToken: CancellationToken.None).ConfigureAwait(false);
        await queue.DeleteMessageAsync(received.MessageId, received.PopReceipt, CancellationToken.None).ConfigureAwait(false);
        WorkflowMetrics.RecordPoison(options.QueueName, WorkflowMetrics.PoisonUndecodable);
        QueueListenerLog.Undecodable(logger, received.MessageId, options.QueueName, options.PoisonQueueName);
    }

    /// <summary>
    /// The current pop receipt. The renewal loop replaces it while the handler runs; settling reads it after the
    /// loop has stopped, so a plain volatile field suffices.
    /// </summary>
    private sealed class PopReceipt(string value)
    {
        private volatile string value = value;

        public string Value
        {
            get => value;
            set => this.value = value;
        }
    }
}
