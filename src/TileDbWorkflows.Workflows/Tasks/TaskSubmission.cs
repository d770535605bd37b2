namespace TileDbWorkflows.Workflows.Tasks;

/// <summary>Submit (or find the earlier submission of) one follow-up task; attempt 1 may reuse a run of an earlier workflow.</summary>
public sealed record TaskSubmission(string Namespace, string Key, FollowUpTaskSpec Spec, int Attempt)
{
    /// <summary>The task name in TileDB: the key, with the attempt appended for resubmissions.</summary>
    public string TaskName => Attempt <= 1 ? Key : $"{Key}#{Attempt}";
}
