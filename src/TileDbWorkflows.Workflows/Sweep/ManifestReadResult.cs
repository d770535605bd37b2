namespace TileDbWorkflows.Workflows.Sweep;

/// <summary>A manifest blob as read (namespace filled in from the defaults), or why it could not be read.</summary>
public sealed record ManifestReadResult(string Blob, RegistrationManifest? Manifest, string? Error);
