using TileDbWorkflows.Workflows.Lists;
using TileDbWorkflows.Workflows.Payloads;

namespace TileDbWorkflows.Workflows.Invitations;

/// <summary>
/// One queue message (or HTTP body) of the bulk invitations workflow. <see cref="RequestId"/> becomes the instance
/// id, so a redelivered message starts nothing new. Array and group targets are full <c>tiledb://</c> URIs.
/// </summary>
public sealed record BulkInvitationRequest : InvitationSpec, IPayloadInput<BulkInvitationRequest>
{
    public string RequestId { get; init; } = string.Empty;

    /// <summary>Report who would be invited or skipped without sending anything (onboarding's dry run uses it).</summary>
    public bool DryRun { get; init; }

    /// <summary>
    /// A queue message may carry only this: the name of a document in the payload container holding the whole request
    /// (a queue message stops at 64 KB; a list of 200,000 recipients does not).
    /// </summary>
    public string? RequestBlob { get; init; }

    /// <summary>Set by the trigger when the request was too big to schedule inline.</summary>
    public string? InputBlob { get; init; }

    /// <summary>Set by the workflow itself when it continues as new (the list engine's cursor).</summary>
    public ListCursor? Continuation { get; init; }

    public BulkInvitationRequest ByReference(string inputBlob) => this with { Recipients = [], InputBlob = inputBlob };
}
