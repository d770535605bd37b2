using TileDbWorkflows.Workflows.Invitations;

namespace TileDbWorkflows.Workflows.Plans;

/// <summary>
/// One change a plan would make. <see cref="Destructive"/> changes (deregister, unshare, fewer actions, member removal,
/// invitation cancel) wait for an approval when applied.
/// </summary>
/// <param name="Kind">One of <see cref="PlanKinds"/>.</param>
/// <param name="Item">What changes, as its report line names it.</param>
/// <param name="Detail">The change in words, e.g. <c>register s3://…</c>, <c>description</c>, <c>read -> read,write</c>.</param>
public sealed record PlanChange(string Kind, string Item, ChangeAction Action, string Detail, bool Destructive)
{
    /// <summary>The array or group a membership, share or invitation is about (a <c>tiledb://</c> URI), or the organization.</summary>
    public string? Asset { get; init; }

    /// <summary>The member (URI), user or recipient.</summary>
    public string? Target { get; init; }

    /// <summary>The share's actions after the change.</summary>
    public IReadOnlyList<string> Actions { get; init; } = [];

    /// <summary>The fields an update changes.</summary>
    public IReadOnlyList<string> Fields { get; init; } = [];

    public bool AssetIsGroup { get; init; }

    public InvitationKind? InvitationKind { get; init; }

    /// <summary>The pending invitation a delete cancels.</summary>
    public string? InvitationId { get; init; }

    /// <summary>Identifies the change for comparing two plans of the same file (stale check).</summary>
    public string Key => $"{Kind}|{Item}|{Action}|{Detail}";
}
