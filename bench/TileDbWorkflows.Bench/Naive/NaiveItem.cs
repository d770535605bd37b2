namespace TileDbWorkflows.Bench.Naive;

/// <summary>One item of a naive fan-out: the shared target and the item itself.</summary>
internal sealed record NaiveItem(string Target, string Item);
