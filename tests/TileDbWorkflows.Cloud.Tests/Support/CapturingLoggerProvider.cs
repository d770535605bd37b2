using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TileDbWorkflows.Cloud.Tests.Support;

/// <summary>A logger provider that keeps every entry, at every level, for assertions.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();

    public IReadOnlyList<CapturedLog> Entries => _entries.ToArray();

    public IEnumerable<CapturedLog> WithEvent(int id) => Entries.Where(e => e.EventId.Id == id);

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, _entries.Enqueue);

    public void Dispose()
    {
    }
}
