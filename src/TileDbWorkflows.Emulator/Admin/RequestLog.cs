namespace TileDbWorkflows.Emulator.Admin;

/// <summary>A ring buffer: bounded memory whatever the load, newest entries kept.</summary>
internal sealed class RequestLog(int capacity)
{
    private readonly Lock sync = new();
    private readonly RequestLogEntry?[] buffer = new RequestLogEntry?[Math.Max(1, capacity)];
    private long next;

    public long NextSequence()
    {
        return Interlocked.Increment(ref next);
    }

    public void Add(RequestLogEntry entry)
    {
        lock (sync)
        {
            buffer[(int)(entry.Sequence % buffer.Length)] = entry;
        }
    }

    public List<RequestLogEntry> Snapshot()
    {
        lock (sync)
        {
            var list = new List<RequestLogEntry>(buffer.Length);
            foreach (var e in buffer)
            {
                if (e is not null)
                {
                    list.Add(e);
                }
            }

            list.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
            return list;
        }
    }

    public void Clear()
    {
        lock (sync)
        {
            Array.Clear(buffer);
        }
    }
}
