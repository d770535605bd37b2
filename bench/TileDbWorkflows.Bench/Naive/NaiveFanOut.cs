namespace TileDbWorkflows.Bench.Naive;

/// <summary>
/// Input of <see cref="NaiveFanOutOrchestrator"/>: one call of <paramref name="Activity"/> per item, all at once.
/// <paramref name="Target"/> is the array URI (invitations) or the namespace (shares) every item refers to.
/// </summary>
internal sealed record NaiveFanOut(string Activity, string Target, IReadOnlyList<string> Items);
