namespace TileDbWorkflows.Workflows.Arrays;

/// <summary>The parameters of an array list on the engine, without the arrays.</summary>
/// <param name="Namespace">Where the arrays are registered.</param>
/// <param name="KnownMissing">See <see cref="ArrayBatch.KnownMissing"/>.</param>
/// <param name="Step">What a failure of the workflow names, e.g. "registering arrays".</param>
public sealed record ArrayHeader(string Namespace, bool KnownMissing, string Step);
