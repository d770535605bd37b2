namespace TileDbWorkflows.Workflows.Validation;

/// <summary>The wire strings TileDB Cloud accepts, checked before a workflow starts so typos fail fast by field.</summary>
public static class TileDbVocabulary
{
    public static readonly IReadOnlyList<string> ArrayActions =
        ["read", "write", "edit", "read_array_logs", "read_array_info", "read_array_schema"];

    public static readonly IReadOnlyList<string> GroupActions = ["read", "write", "edit"];

    public static readonly IReadOnlyList<string> NamespaceActions =
    [
        "read", "write", "create", "delete", "edit", "read_array_logs", "read_job_logs", "read_object_logs",
        "run_job", "delete_organization", "edit_organization", "edit_billing",
    ];

    public static readonly IReadOnlyList<string> OrganizationRoles =
        ["owner", "admin", "read_write_delete", "read_write", "read_only"];

    /// <summary>True for <c>scheme://rest</c> object-storage URIs such as <c>s3://bucket/key</c>.</summary>
    public static bool IsStorageUri(string? value) =>
        value is not null
        && value.IndexOf("://", StringComparison.Ordinal) is var i and > 0
        && value.Length > i + 3
        && value[..i].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.');

    /// <summary>True for names TileDB Cloud accepts as an asset or namespace name (no slashes, no blanks).</summary>
    public static bool IsName(string? value) =>
        !string.IsNullOrWhiteSpace(value) && value.Length <= 256 && !value.Any(c => c is '/' or '\\' || char.IsWhiteSpace(c) || char.IsControl(c));

    /// <summary>True for <c>tiledb://namespace/name</c>: both parts valid names, nothing after the name.</summary>
    public static bool IsTileDbUri(string? value)
    {
        if (value is null || !value.StartsWith("tiledb://", StringComparison.Ordinal))
        {
            return false;
        }
        var parts = value["tiledb://".Length..].Split('/');
        return parts.Length == 2 && IsName(parts[0]) && IsName(parts[1]);
    }

    /// <summary>
    /// A plausible email address: one '@', a local part and a dotted domain without blanks. The service decides
    /// whether it exists; this only refuses what could never be delivered (<c>bad@</c>, <c>a@b</c>, <c>@x.org</c>).
    /// </summary>
    public static bool IsEmail(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }
        var email = value.Trim();
        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != email.LastIndexOf('@') || email.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return false;
        }
        var labels = email[(at + 1)..].Split('.');
        return labels.Length >= 2 && labels.All(l => l.Length > 0 && l.All(c => char.IsLetterOrDigit(c) || c == '-'));
    }
}
