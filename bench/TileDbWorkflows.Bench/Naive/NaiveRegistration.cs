using TileDbWorkflows.Workflows.Arrays;

namespace TileDbWorkflows.Bench.Naive;

/// <summary>One manifest entry of the naive sweep.</summary>
internal sealed record NaiveRegistration(string Namespace, ArraySpec Array);
