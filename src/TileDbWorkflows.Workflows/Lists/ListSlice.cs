namespace TileDbWorkflows.Workflows.Lists;

/// <summary>Items <paramref name="Offset"/> to <paramref name="Offset"/> + <paramref name="Count"/> of a payload store list.</summary>
public sealed record ListSlice(string Blob, int Offset, int Count);
