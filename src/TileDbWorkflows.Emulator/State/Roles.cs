namespace TileDbWorkflows.Emulator.State;

/// <summary>Organization roles and the wire vocabularies of actions, with what each role may do.</summary>
internal static class Roles
{
    public const string Owner = "owner";

    public static readonly string[] OrganizationRoles = ["owner", "admin", "read_write_delete", "read_write", "read_only"];

    public static readonly string[] ArrayActions = ["read", "write", "edit", "read_array_logs", "read_array_info", "read_array_schema"];

    public static readonly string[] GroupActions = ["read", "write", "edit"];

    public static readonly string[] NamespaceActions =
        ["read", "write", "create", "delete", "edit", "read_array_logs", "read_job_logs", "read_object_logs", "run_job", "delete_organization", "edit_organization", "edit_billing"];

    public static readonly string[] PublicArrayActions = ["read", "read_array_info", "read_array_schema"];

    public static bool CanCreate(string? role) => role is "owner" or "admin" or "read_write_delete" or "read_write";

    public static bool CanDelete(string? role) => role is "owner" or "admin" or "read_write_delete";

    public static bool CanAdmin(string? role) => role is "owner" or "admin";

    public static IEnumerable<string> ArrayActionsFor(string? role) => role switch
    {
        "owner" or "admin" => ArrayActions,
        "read_write_delete" or "read_write" => ["read", "write", "read_array_logs", "read_array_info", "read_array_schema"],
        "read_only" => PublicArrayActions,
        _ => [],
    };

    public static IEnumerable<string> GroupActionsFor(string? role) => role switch
    {
        "owner" or "admin" => GroupActions,
        "read_write_delete" or "read_write" => ["read", "write"],
        "read_only" => ["read"],
        _ => [],
    };

    public static IEnumerable<string> NamespaceActionsFor(string? role) => role switch
    {
        "owner" => NamespaceActions,
        "admin" => NamespaceActions.Where(a => a is not "delete_organization" and not "edit_billing"),
        "read_write_delete" => ["read", "write", "create", "delete", "read_array_logs", "read_job_logs", "run_job"],
        "read_write" => ["read", "write", "create", "read_array_logs", "read_job_logs", "run_job"],
        "read_only" => ["read", "read_array_logs", "read_job_logs"],
        _ => [],
    };

    /// <summary>Normalises an action list from a request (clients send READ or read), rejecting unknown ones.</summary>
    public static List<string> Normalize(IEnumerable<string>? actions, string[] allowed, string what)
    {
        var result = new List<string>();
        foreach (var raw in actions ?? [])
        {
            var a = (raw ?? string.Empty).Trim().ToLowerInvariant();
            if (Array.IndexOf(allowed, a) < 0)
            {
                throw Http.ApiException.BadRequest($"invalid {what} '{raw}'; allowed: {string.Join(", ", allowed)}");
            }

            if (!result.Contains(a))
            {
                result.Add(a);
            }
        }

        return result;
    }
}
