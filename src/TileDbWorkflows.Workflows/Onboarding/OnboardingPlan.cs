using TileDbWorkflows.Workflows.Arrays;
using TileDbWorkflows.Workflows.Files;
using TileDbWorkflows.Workflows.Invitations;
using TileDbWorkflows.Workflows.Sharing;
using TileDbWorkflows.Workflows.Tasks;

namespace TileDbWorkflows.Workflows.Onboarding;

/// <summary>
/// Everything one namespace should have: the declarative input of the onboarding workflow. Running the same plan
/// twice changes nothing the second time.
/// </summary>
public sealed record OnboardingPlan
{
    /// <summary>The TileDB Cloud namespace (user or organization) the plan's assets live in.</summary>
    public string Namespace { get; init; } = string.Empty;

    public IReadOnlyList<ArraySpec> Arrays { get; init; } = [];

    public IReadOnlyList<GroupSpec> Groups { get; init; } = [];

    public IReadOnlyList<FileImportSpec> Files { get; init; } = [];

    public IReadOnlyList<ShareSpec> Shares { get; init; } = [];

    public IReadOnlyList<InvitationSpec> Invitations { get; init; } = [];

    public IReadOnlyList<FollowUpTaskSpec> Tasks { get; init; } = [];

    /// <summary>What a plan/apply deletes when the namespace holds it and the file omits it (see Plans/README.md); onboarding ignores it.</summary>
    public PrunePolicy Prune { get; init; } = new();

    /// <summary>Lets the nightly drift sweep repair non-destructive drift of this state file by itself (Plans/README.md).</summary>
    public bool RepairDrift { get; init; }
}
