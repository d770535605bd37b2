using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace TileDbWorkflows.Cloud.Http.Concurrency;

/// <summary>
/// The process's limiters: one per token and server (see <see cref="IConcurrencyGauge.Key"/>) per clock, shared by
/// every client in the process, whether built by DI or by <see cref="TileDbCloudClient.Create(TileDbCloudOptions, HttpMessageHandler, TimeProvider, Auth.CloudConfigFile)"/>.
/// Keyed by clock too, because a limiter's holds run on the clock it was made with: production has one (the system
/// clock), and each fake clock in tests gets limiters of its own.
/// </summary>
public static class ConcurrencyLimits
{
    private static readonly ConditionalWeakTable<TimeProvider, ConcurrentDictionary<string, AdaptiveConcurrencyLimiter>> ByClock = [];

    /// <summary>Every limiter the process holds right now, for metrics (limit, in flight, waiting per token hash).</summary>
    public static IReadOnlyList<IConcurrencyGauge> Snapshot()
        => [.. ByClock.SelectMany(clock => clock.Value.Values).OrderBy(l => l.Key, StringComparer.Ordinal)];

    /// <summary>The limiter for <paramref name="key"/> on <paramref name="time"/>; the first caller's options make it.</summary>
    internal static AdaptiveConcurrencyLimiter For(string key, ConcurrencyOptions options, TimeProvider time)
        => ByClock.GetValue(time, static _ => new ConcurrentDictionary<string, AdaptiveConcurrencyLimiter>(StringComparer.Ordinal))
            .GetOrAdd(key, static (k, state) => new AdaptiveConcurrencyLimiter(k, state.Options, state.Time), (Options: options, Time: time));

    /// <summary>The limiter for <paramref name="key"/> on <paramref name="time"/> if one was made.</summary>
    internal static AdaptiveConcurrencyLimiter? Find(string key, TimeProvider time)
        => ByClock.TryGetValue(time, out var limiters) && limiters.TryGetValue(key, out var limiter) ? limiter : null;
}
