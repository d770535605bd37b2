namespace TileDbWorkflows.Workflows.Onboarding;

/// <summary>
/// Which kinds a plan owns completely: with a kind on, what the namespace holds of it and the file omits is deleted by
/// an apply. All off by default, so a truncated file can never wipe a namespace.
/// </summary>
public sealed record PrunePolicy
{
    /// <summary>Deregister arrays of the namespace the file does not list (files are never pruned).</summary>
    public bool Arrays { get; init; }

    /// <summary>Deregister groups of the namespace the file does not list.</summary>
    public bool Groups { get; init; }

    /// <summary>Remove members of the file's groups that the file does not list.</summary>
    public bool Members { get; init; }

    /// <summary>Unshare users the file does not list from the file's assets, and take away actions it does not grant.</summary>
    public bool Shares { get; init; }

    /// <summary>Cancel pending invitations to the file's targets whose recipients the file does not list.</summary>
    public bool Invitations { get; init; }
}
