namespace TileDbWorkflows.Cloud;

/// <summary>One page of a list: the items and the server's pagination metadata.</summary>
/// <typeparam name="T">Item type.</typeparam>
/// <param name="Items">Items on this page (never null; a <c>null</c> list on the wire reads as empty).</param>
/// <param name="Pagination">Pagination metadata, or null when the server sent none.</param>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, PaginationMetadata? Pagination)
{
    /// <summary>True when the metadata says more pages follow this one.</summary>
    public bool HasMorePages => Pagination is { } p && p.Page < p.TotalPages && Items.Count > 0;
}
