namespace TileDbWorkflows.Functions.Queue;

/// <summary>What the queue trigger writes: nothing, or the malformed message, untouched, to the poison queue.</summary>
public sealed class BulkInvitationsQueueOutput
{
    /// <summary>
    /// The same <c>&lt;queue&gt;-poison</c> name the host uses after <c>maxDequeueCount</c> failures, so every dead
    /// message, malformed or not, is in one place.
    /// </summary>
    public const string PoisonQueue = "%" + AppSettings.BulkInvitationsQueue + "%-poison";

    [QueueOutput(PoisonQueue)]
    public string? Poison { get; init; }
}
