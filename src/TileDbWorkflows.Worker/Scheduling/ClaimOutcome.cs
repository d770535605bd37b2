namespace TileDbWorkflows.Worker.Scheduling;

/// <summary>What an attempt to claim an occurrence found.</summary>
internal enum ClaimOutcome
{
    /// <summary>This process holds the lease now and runs the occurrence.</summary>
    Won,

    /// <summary>Another live process holds the lease; if it dies the lease expires and the occurrence is free again.</summary>
    Held,

    /// <summary>Someone ran the occurrence to the end: nothing to do, ever.</summary>
    Completed,
}
