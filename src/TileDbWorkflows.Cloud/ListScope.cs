namespace TileDbWorkflows.Cloud;

/// <summary>Which browser listing to query for arrays or groups.</summary>
public enum ListScope
{
    /// <summary>Assets the caller owns (<c>/browser/owned</c>).</summary>
    Owned,

    /// <summary>Assets shared with the caller (<c>/browser/shared</c>).</summary>
    Shared,

    /// <summary>Public assets (<c>/browser/public</c>).</summary>
    Public,
}
