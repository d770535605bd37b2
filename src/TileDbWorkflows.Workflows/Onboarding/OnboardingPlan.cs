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
}
