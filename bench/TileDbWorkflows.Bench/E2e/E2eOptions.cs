using System.Globalization;
using TileDbWorkflows.Worker.DurableTask;

namespace TileDbWorkflows.Bench.E2e;

/// <summary>Command-line options of the end-to-end harness.</summary>
internal sealed class E2eOptions
{
    public const string Usage =
        "e2e [--scenario invites|sharing|sharing-rl|sweep|all] [--backend inmemory|azurite|both] [--size N] [--quick]\n"
        + "    [--ways limit,naive,ours] [--latency-ms 5] [--timeout-min 10] [--out FILE]\n"
        + "  --size N   items of each chosen scenario (recipients; shares, 25 users per array; manifest entries)\n"
        + "  --quick    small sizes for a smoke run (500 recipients, 10x25 shares, 200 entries)\n"
        + "  --repeat N  run limit and ours N times each and keep the best (naive runs once)\n"
        + "  --set K=V  configuration override for the worker and the limit's cap, e.g. --set Workflows:MaxParallelActivities=16 (repeatable)";

    public IReadOnlyList<string> Scenarios { get; private init; } = ["invites", "sharing", "sweep"];

    public IReadOnlyList<DurableBackend> Backends { get; private init; } = [DurableBackend.InMemory, DurableBackend.AzureStorage];

    public IReadOnlyList<Way> Ways { get; private init; } = [Way.Limit, Way.Naive, Way.Ours];

    public int? Size { get; private init; }

    public bool Quick { get; private init; }

    /// <summary>Fixed delay the emulator adds to every TileDB call: the stand-in for the network.</summary>
    public int LatencyMs { get; private init; } = 5;

    /// <summary>A run still going after this is stopped and reported as a lower bound.</summary>
    public TimeSpan Timeout { get; private init; } = TimeSpan.FromMinutes(10);

    public string? OutFile { get; private init; }

    /// <summary>Runs of limit and ours each; the fastest is reported.</summary>
    public int Repeat { get; private init; } = 1;

    /// <summary>Configuration overrides (<c>--set Workflows:BatchSize=100</c>): knobs tried against the shipped defaults.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; private init; } = new Dictionary<string, string?>();

    public static E2eOptions Parse(ReadOnlySpan<string> args)
    {
        IReadOnlyList<string> scenarios = ["invites", "sharing", "sweep"];
        IReadOnlyList<DurableBackend> backends = [DurableBackend.InMemory, DurableBackend.AzureStorage];
        IReadOnlyList<Way> ways = [Way.Limit, Way.Naive, Way.Ours];
        int? size = null;
        var quick = false;
        var latency = 5;
        var timeout = TimeSpan.FromMinutes(10);
        string? outFile = null;
        var repeat = 1;
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length; i++)
        {
            string Value(ReadOnlySpan<string> a, ref int index) =>
                index + 1 < a.Length ? a[++index] : throw new ArgumentException($"{a[index]} needs a value");
            switch (args[i])
            {
                case "--scenario":
                    var s = Value(args, ref i);
                    scenarios = s == "all" ? ["invites", "sharing", "sweep"]
                        : s is "invites" or "sharing" or "sharing-rl" or "sweep" ? [s]
                        : throw new ArgumentException($"unknown scenario '{s}'");
                    break;
                case "--backend":
                    var b = Value(args, ref i);
                    backends = b switch
                    {
                        "inmemory" => [DurableBackend.InMemory],
                        "azurite" => [DurableBackend.AzureStorage],
                        "both" => [DurableBackend.InMemory, DurableBackend.AzureStorage],
                        _ => throw new ArgumentException($"unknown backend '{b}'"),
                    };
                    break;
                case "--ways":
                    ways = Value(args, ref i).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Select(w => Enum.TryParse<Way>(w, ignoreCase: true, out var way) ? way : throw new ArgumentException($"unknown way '{w}'"))
                        .ToArray();
                    break;
                case "--size":
                    size = PositiveInt(Value(args, ref i), "--size");
                    break;
                case "--quick":
                    quick = true;
                    break;
                case "--latency-ms":
                    latency = int.Parse(Value(args, ref i), CultureInfo.InvariantCulture);
                    break;
                case "--timeout-min":
                    timeout = TimeSpan.FromMinutes(double.Parse(Value(args, ref i), CultureInfo.InvariantCulture));
                    break;
                case "--repeat":
                    repeat = PositiveInt(Value(args, ref i), "--repeat");
                    break;
                case "--set":
                    var pair = Value(args, ref i).Split('=', 2);
                    settings[pair[0]] = pair.Length == 2 ? pair[1] : throw new ArgumentException("--set needs KEY=VALUE");
                    break;
                case "--out":
                    outFile = Value(args, ref i);
                    break;
                default:
                    throw new ArgumentException($"unknown option '{args[i]}'");
            }
        }
        return new E2eOptions
        {
            Scenarios = scenarios, Backends = backends, Ways = ways, Size = size, Quick = quick,
            LatencyMs = latency, Timeout = timeout, OutFile = outFile, Settings = settings, Repeat = repeat,
        };
    }

    private static int PositiveInt(string text, string name) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"{name} must be a positive integer");
}
