namespace TileDbWorkflows.Workflows.Triggers;

/// <summary>
/// The HTTP API's methods and route templates as constants, so the Functions attributes (which take only constants),
/// the worker's endpoints and the CLI's paths are all spelled from here. <see cref="ApiRouteTable"/> pairs each with its handler.
/// </summary>
public static class ApiRoutes
{
    /// <summary>The Functions host's default route prefix (host.json sets no other); the worker serves the same.</summary>
    public const string Prefix = "api";

    public const string Get = "get";
    public const string Post = "post";

    /// <summary>The route value of the routes about one workflow.</summary>
    public const string IdName = "id";

    public const string IdParameter = "{" + IdName + "}";

    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public const string Onboarding = "onboarding";
    public const string Sweeps = "sweeps";
    public const string Invitations = "invitations";
    public const string Sharing = "sharing";
    public const string FileImport = "files/import";
    public const string FileExport = "files/export";
    public const string TaskWatch = "tasks/watch";
    public const string Workflows = "workflows";
    public const string Workflow = Workflows + "/" + IdParameter;
    public const string TerminateWorkflow = Workflow + "/terminate";
    public const string SuspendWorkflow = Workflow + "/suspend";
    public const string ResumeWorkflow = Workflow + "/resume";
    public const string WorkflowReport = Workflow + "/report";
    public const string Plans = "plans";
    public const string Apply = "apply";
    public const string ApproveWorkflow = Workflow + "/approve";
    public const string RejectWorkflow = Workflow + "/reject";

    /// <summary>A template with <see cref="IdParameter"/> filled in, escaped for a path segment.</summary>
    public static string ForId(string template, string id)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(id);
        return template.Replace(IdParameter, Uri.EscapeDataString(id), StringComparison.Ordinal);
    }
}
