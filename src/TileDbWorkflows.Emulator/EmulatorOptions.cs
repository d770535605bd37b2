using TileDbWorkflows.Emulator.Seed;

namespace TileDbWorkflows.Emulator;

/// <summary>How an emulator instance is started. Standalone runs bind the <c>Emulator</c> config section.</summary>
public sealed class EmulatorOptions
{
    /// <summary>Address of the main (global) endpoint; port 0 picks a free port.</summary>
    public string Host { get; set; } = "127.0.0.1";

    public int Port { get; set; }

    /// <summary>Region names (e.g. eu-west-2); each gets its own listening port on <see cref="Host"/>.</summary>
    public List<string> Regions { get; set; } = [];

    /// <summary>Optional JSON seed file (<see cref="SeedWorld"/>) applied on start and on every reset.</summary>
    public string? SeedFile { get; set; }

    /// <summary>Optional in-memory seed, applied after <see cref="SeedFile"/>.</summary>
    public SeedWorld? Seed { get; set; }

    /// <summary>Clock for task progress, token expiry and timestamps; a fake one makes tasks step on demand.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Requests kept in the admin request log (oldest dropped first).</summary>
    public int RequestLogCapacity { get; set; } = 10_000;

    /// <summary>Print addresses and well-known credentials on start (standalone runs).</summary>
    public bool PrintBanner { get; set; }
}
