namespace TileDbWorkflows.Workflows.Plans;

/// <summary>What a plan does to one asset, membership, share or invitation.</summary>
public enum ChangeAction
{
    Create,
    Update,
    Delete,
}
