namespace TileDbWorkflows.Worker.Scheduling;

/// <summary>Which occurrences missed while no worker ran are run when a worker starts (<c>Schedules:&lt;job&gt;:CatchUp</c>).</summary>
public enum CatchUpPolicy
{
    /// <summary>None: the schedule resumes at the next occurrence.</summary>
    None,

    /// <summary>Latest: the most recent missed occurrence runs once (a nightly sweep missed three nights runs once).</summary>
    Latest,

    /// <summary>All: every missed occurrence runs, oldest first, at most <c>MaxCatchUp</c> of the most recent.</summary>
    All,
}
