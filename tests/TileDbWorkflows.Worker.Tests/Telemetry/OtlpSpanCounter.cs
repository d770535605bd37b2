namespace TileDbWorkflows.Worker.Tests.Telemetry;

/// <summary>
/// Counts the spans of an OTLP ExportTraceServiceRequest (protobuf) without generated classes: resource_spans (1) ->
/// scope_spans (2) -> spans (2), each a length-delimited field. Enough for a test receiver, nothing more.
/// </summary>
internal static class OtlpSpanCounter
{
    public static int Count(ReadOnlySpan<byte> request)
    {
        var spans = 0;
        foreach (var resource in Fields(request, 1))
        {
            foreach (var scope in Fields(request.Slice(resource.Start, resource.Length), 2))
            {
                spans += Fields(request.Slice(resource.Start, resource.Length).Slice(scope.Start, scope.Length), 2).Count;
            }
        }
        return spans;
    }

    private static List<(int Start, int Length)> Fields(ReadOnlySpan<byte> message, int wanted)
    {
        var found = new List<(int, int)>();
        var i = 0;
        while (i < message.Length)
        {
            var key = Varint(message, ref i);
            var field = (int)(key >> 3);
            switch (key & 7)
            {
                case 0: Varint(message, ref i); break;
                case 1: i += 8; break;
                case 5: i += 4; break;
                case 2:
                    var length = (int)Varint(message, ref i);
                    if (field == wanted)
                    {
                        found.Add((i, length));
                    }
                    i += length;
                    break;
                default: throw new InvalidDataException($"wire type {key & 7} is not expected in OTLP traces");
            }
        }
        return found;
    }

    private static ulong Varint(ReadOnlySpan<byte> message, ref int i)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = message[i++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }
    }
}
