using System.Text.RegularExpressions;
using TileDbWorkflows.Emulator.Http;

namespace TileDbWorkflows.Emulator.Faults;

/// <summary>
/// Decides per request whether a fault fires. One generator under one lock, so the same seed and the
/// same request sequence give the same faults; counts are consumed atomically with the decision.
/// </summary>
internal sealed class FaultInjector
{
    private readonly Lock sync = new();
    private List<(FaultRule Rule, Regex Route)> rules = [];
    private Random random = EmulatorRandom.Seeded(1);
    private int seed = 1;

    public bool Active { get; private set; }

    public void Set(FaultSpec spec)
    {
        var compiled = new List<(FaultRule, Regex)>();
        foreach (var r in spec.Rules)
        {
            if (Array.IndexOf(FaultKinds.All, r.Kind) < 0)
            {
                throw ApiException.BadRequest($"fault kind '{r.Kind}' unknown; use one of {string.Join(", ", FaultKinds.All)}");
            }

            if (r.Probability is < 0 or > 1 || r.Count is < 0 || r.LatencyMs < 0 || r.RetryAfterSeconds < 0)
            {
                throw ApiException.BadRequest("fault probability must be within 0..1 and counts, latency and retry-after non-negative");
            }

            r.Injected = 0;
            compiled.Add((r, RouteGlob.Compile(string.IsNullOrEmpty(r.Route) ? "*" : r.Route)));
        }

        lock (sync)
        {
            rules = compiled;
            seed = spec.Seed;
            random = EmulatorRandom.Seeded(spec.Seed);
            Active = compiled.Count > 0;
        }
    }

    public void Clear() => Set(new FaultSpec());

    public FaultSpec Snapshot()
    {
        lock (sync)
        {
            return new FaultSpec { Seed = seed, Rules = rules.ConvertAll(r => r.Rule) };
        }
    }

    public FaultDecision? Decide(string method, string path)
    {
        if (!Active)
        {
            return null;
        }

        lock (sync)
        {
            foreach (var (rule, route) in rules)
            {
                if (rule.Method is not null && !string.Equals(rule.Method, method, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (rule.Count is { } max && rule.Injected >= max)
                {
                    continue;
                }

                if (!route.IsMatch(path))
                {
                    continue;
                }

                // Always draw, so the sequence of draws depends only on the request sequence.
                if (random.NextDouble() >= rule.Probability)
                {
                    continue;
                }

                rule.Injected++;
                return new FaultDecision(rule.Kind, rule.RetryAfterSeconds, rule.LatencyMs);
            }
        }

        return null;
    }
}
