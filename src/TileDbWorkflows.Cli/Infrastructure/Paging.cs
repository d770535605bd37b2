using System.Text.Json.Serialization;
using TileDbWorkflows.Cloud;

namespace TileDbWorkflows.Cli.Infrastructure;

/// <summary>The line under a listing that says where in the pages it is.</summary>
internal static class Paging
{
    public static string Footer(int count, string noun, PaginationMetadata? meta)
    {
        var plural = count == 1 ? noun : noun + "s";
        if (meta is null || meta.TotalPages <= 1)
        {
            return $"{count} {plural}";
        }

        var more = meta.Page < meta.TotalPages ? $"; next: --page {meta.Page + 1}, or --all" : string.Empty;
        return $"{count} {plural} on page {meta.Page} of {meta.TotalPages} ({meta.TotalItems} in all){more}";
    }
}

/// <summary>The <c>--json</c> shape of every listing: the items, plus the server's paging when one page was asked for.</summary>
internal sealed record ListEnvelope<T>(
    [property: JsonPropertyName("items")] IReadOnlyList<T> Items,
    [property: JsonPropertyName("pagination_metadata")] PaginationMetadata? PaginationMetadata);
