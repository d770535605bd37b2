namespace TileDbWorkflows.Workflows.Sweep;

/// <summary>
/// Where the registration sweep reads manifests and writes reports, bound from the <c>Sweep</c> section
/// (<c>Sweep__ManifestContainer</c>, <c>Sweep__ReportContainer</c>, <c>Sweep__Namespace</c> as app settings).
/// </summary>
public sealed class SweepOptions
{
    public const string SectionName = "Sweep";

    public string ManifestContainer { get; set; } = "manifests";

    public string ReportContainer { get; set; } = "reports";

    /// <summary>The namespace of manifests that name none; empty means the token owner's own namespace.</summary>
    public string Namespace { get; set; } = string.Empty;

    /// <summary>
    /// The configuration entry holding the storage connection: a connection string, or (identity-based, as deployed)
    /// a section with <c>blobServiceUri</c> or <c>accountName</c>, used with a <c>TokenCredential</c> the host registers.
    /// </summary>
    public string ConnectionName { get; set; } = "AzureWebJobsStorage";

    /// <summary>An explicit connection string; wins over <see cref="ConnectionName"/>. Keep it in a secret store.</summary>
    public string? ConnectionString { get; set; }
}
