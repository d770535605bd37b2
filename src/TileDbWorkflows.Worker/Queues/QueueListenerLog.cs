namespace TileDbWorkflows.Worker.Queues;

// Message bodies are never logged: they may carry personal data (invitation recipients).
internal static partial class QueueListenerLog
{
    [LoggerMessage(EventId = 3201, Level = LogLevel.Information, Message = "Listening to queue {QueueName} (poison queue {PoisonQueueName}, max dequeue count {MaxDequeueCount}, concurrency {MaxConcurrency}).")]
    public static partial void Listening(ILogger logger, string queueName, string poisonQueueName, int maxDequeueCount, int maxConcurrency);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Warning, Message = "Message {MessageId} from {QueueName} failed on attempt {DequeueCount} of {MaxDequeueCount}; retrying after {RetryBackoff}.")]
    public static partial void Retrying(ILogger logger, Exception exception, string messageId, string queueName, long dequeueCount, int maxDequeueCount, TimeSpan retryBackoff);

    [LoggerMessage(EventId = 3203, Level = LogLevel.Error, Message = "Message {MessageId} from {QueueName} moved to {PoisonQueueName} after attempt {DequeueCount}: {Reason}.")]
    public static partial void Poisoned(ILogger logger, Exception? exception, string messageId, string queueName, string poisonQueueName, long dequeueCount, string reason);

    [LoggerMessage(EventId = 3204, Level = LogLevel.Warning, Message = "Could not renew the visibility of message {MessageId} in {QueueName}; it may be delivered again.")]
    public static partial void RenewFailed(ILogger logger, Exception exception, string messageId, string queueName);

    [LoggerMessage(EventId = 3205, Level = LogLevel.Warning, Message = "Could not settle message {MessageId} in {QueueName} after handling ({Outcome}); it will be delivered again.")]
    public static partial void SettleFailed(ILogger logger, Exception exception, string messageId, string queueName, string outcome);

    [LoggerMessage(EventId = 3206, Level = LogLevel.Warning, Message = "Receiving from queue {QueueName} failed; trying again after {Delay}.")]
    public static partial void ReceiveFailed(ILogger logger, Exception exception, string queueName, TimeSpan delay);

    [LoggerMessage(EventId = 3207, Level = LogLevel.Error, Message = "Message {MessageId} in {QueueName} is not valid Base64; moved to {PoisonQueueName} as received.")]
    public static partial void Undecodable(ILogger logger, string messageId, string queueName, string poisonQueueName);
}
