namespace TileDbWorkflows.Workflows.Arrays;

/// <summary>One activity call's worth of arrays to register or update in <see cref="Namespace"/>.</summary>
/// <param name="KnownMissing">
/// True when the caller has just listed the namespace and none of these arrays was there (the sweep): registration
/// goes straight ahead instead of reading each array first, and a 409 (registered since, or by an earlier attempt)
/// falls back to comparing, so the batch stays idempotent.
/// </param>
public sealed record ArrayBatch(string Namespace, IReadOnlyList<ArraySpec> Arrays, bool DryRun, string Phase, bool KnownMissing = false);
