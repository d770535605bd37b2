namespace TileDbWorkflows.Workflows.Sweep;

/// <summary>
/// A manifest blob as read and checked (namespace filled in from the defaults), without its arrays so the sweep's
/// history never holds them; or why it could not be used.
/// </summary>
/// <param name="Blob">The manifest's name in the manifest container.</param>
/// <param name="Manifest">The manifest with its arrays dropped; null when <paramref name="Error"/> says why it is unusable.</param>
/// <param name="Error">Why the manifest was not read or is invalid.</param>
/// <param name="ArrayCount">How many arrays it lists.</param>
public sealed record ManifestReadResult(string Blob, RegistrationManifest? Manifest, string? Error, int ArrayCount = 0);
