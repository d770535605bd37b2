namespace TileDbWorkflows.Workflows.Plans;

/// <summary>A slice of a plan document's destructive changes (in document order), or just the changes of <see cref="Items"/> to retry.</summary>
public sealed record DestructiveBatch(string Document, int Skip, int Take, IReadOnlyList<string>? Items = null);
