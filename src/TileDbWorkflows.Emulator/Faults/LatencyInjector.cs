using System.Text.RegularExpressions;
using TileDbWorkflows.Emulator.Http;

namespace TileDbWorkflows.Emulator.Faults;

/// <summary>
/// Draws per-request delays. One generator under one lock, like <see cref="FaultInjector"/>: the same seed and the
/// same request sequence give the same delays.
/// </summary>
internal sealed class LatencyInjector
{
    // z of the 99th percentile of the standard normal: lognormal sigma = ln(p99 / p50) / z.
    private const double Z99 = 2.3263478740408408;

    private readonly Lock sync = new();
    private List<(LatencyRule Rule, Regex Route)> rules = [];
    private Random random = EmulatorRandom.Seeded(1);
    private int seed = 1;

    public bool Active { get; private set; }

    public void Set(LatencySpec spec)
    {
        var compiled = new List<(LatencyRule, Regex)>();
        foreach (var r in spec.Rules)
        {
            Validate(r);
            r.Applied = 0;
            r.TotalMs = 0;
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

    public void Clear() => Set(new LatencySpec());

    public LatencySpec Snapshot()
    {
        lock (sync)
        {
            return new LatencySpec { Seed = seed, Rules = rules.ConvertAll(r => r.Rule) };
        }
    }

    /// <summary>The delay for this request, or zero when no rule matches.</summary>
    public TimeSpan Decide(string method, string path)
    {
        if (!Active)
        {
            return TimeSpan.Zero;
        }

        lock (sync)
        {
            foreach (var (rule, route) in rules)
            {
                if ((rule.Method is not null && !string.Equals(rule.Method, method, StringComparison.OrdinalIgnoreCase)) || !route.IsMatch(path))
                {
                    continue;
                }

                var ms = Draw(rule);
                rule.Applied++;
                rule.TotalMs += ms;
                return TimeSpan.FromMilliseconds(ms);
            }
        }

        return TimeSpan.Zero;
    }

    private static void Validate(LatencyRule r)
    {
        if (Array.IndexOf(LatencyDistributions.All, r.Distribution) < 0)
        {
            throw ApiException.BadRequest($"latency distribution '{r.Distribution}' unknown; use one of {string.Join(", ", LatencyDistributions.All)}");
        }

        if (r.Ms < 0 || r.MinMs < 0 || r.MaxMs < 0 || r.P50Ms < 0 || r.P99Ms < 0)
        {
            throw ApiException.BadRequest("latency values must be non-negative");
        }

        if (r.Distribution == LatencyDistributions.Uniform && r.MaxMs < r.MinMs)
        {
            throw ApiException.BadRequest("uniform latency needs max_ms >= min_ms");
        }

        if (r.Distribution is LatencyDistributions.LogNormal or LatencyDistributions.Pareto && (r.P50Ms <= 0 || r.P99Ms < r.P50Ms))
        {
            throw ApiException.BadRequest($"{r.Distribution} latency needs p50_ms > 0 and p99_ms >= p50_ms");
        }
    }

    private double Draw(LatencyRule rule)
    {
        var ms = rule.Distribution switch
        {
            LatencyDistributions.Uniform => rule.MinMs + (random.NextDouble() * (rule.MaxMs - rule.MinMs)),
            LatencyDistributions.LogNormal => LogNormal(rule.P50Ms, rule.P99Ms),
            LatencyDistributions.Pareto => Pareto(rule.P50Ms, rule.P99Ms),
            _ => rule.Ms,
        };
        return rule.Distribution != LatencyDistributions.Uniform && rule.MaxMs > 0 ? Math.Min(ms, rule.MaxMs) : ms;
    }

    private double LogNormal(double p50, double p99)
    {
        // Box-Muller from two draws; 1 - u keeps the logarithm finite.
        var u1 = 1 - random.NextDouble();
        var u2 = random.NextDouble();
        var z = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        var sigma = Math.Log(p99 / p50) / Z99;
        return p50 * Math.Exp(sigma * z);
    }

    private double Pareto(double p50, double p99)
    {
        if (p99 <= p50)
        {
            return p50;
        }

        // Quantile q of Pareto(xm, alpha) is xm * (1 - q)^(-1/alpha): p99 / p50 = 50^(1/alpha) fixes alpha, then xm.
        var alpha = Math.Log(50) / Math.Log(p99 / p50);
        var xm = p50 / Math.Pow(2, 1 / alpha);
        return xm * Math.Pow(1 - random.NextDouble(), -1 / alpha);
    }
}
