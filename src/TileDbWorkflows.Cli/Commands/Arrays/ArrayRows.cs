using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Cloud.Json;

namespace TileDbWorkflows.Cli.Commands.Arrays;

/// <summary>How arrays look in tables, shared by the listing and task commands.</summary>
internal static class ArrayRows
{
    public static readonly string[] Headers = ["URI", "Type", "Size", "Tags", "Description"];

    public static string Uri(ArrayInfo a) => a.TiledbUri ?? $"tiledb://{a.Namespace}/{a.Name}";

    public static string Kind(ArrayInfo a) =>
        a.FileType is { } f && f != FileType.Unknown ? WireNames.ToWire(f) : a.Type is { } t ? WireNames.ToWire(t) : "array";

    public static string?[] Row(ArrayInfo a) => [Uri(a), Kind(a), Output.Bytes(a.Size), string.Join(", ", a.Tags), a.Description];
}
