namespace TileDbWorkflows.Workflows.Triggers;

/// <summary>Where to read and control an instance, as Durable Functions' check-status response gives them.</summary>
public sealed record WorkflowLinks(string Status, string Terminate, string Suspend, string Resume)
{
    /// <summary>The full report, a page at a time (<c>?outcome=failed&amp;page=&amp;pageSize=</c>).</summary>
    public string Report { get; init; } = Status + "/report";

    public static WorkflowLinks For(string baseUrl, string instanceId)
    {
        var status = $"{baseUrl.TrimEnd('/')}/workflows/{Uri.EscapeDataString(instanceId)}";
        return new WorkflowLinks(status, status + "/terminate", status + "/suspend", status + "/resume");
    }
}
