namespace TileDbWorkflows.Emulator;

/// <summary>The start-up banner: where to connect and the well-known credentials, like Azurite's account key.</summary>
internal static class EmulatorBanner
{
    public static void Print(TextWriter w, EmulatorServer server)
    {
        w.WriteLine("TileDB Cloud emulator listening on " + server.BaseAddress);
        foreach (var (region, address) in server.RegionAddresses)
        {
            w.WriteLine($"  region {region}: {address}");
        }

        w.WriteLine("Well-known credentials (username / password / API token):");
        w.WriteLine("  demo  / demo  / demo-token   (owner of organization TileDB-Inc)");
        w.WriteLine("  alice / alice / alice-token");
        w.WriteLine("  bob   / bob   / bob-token");
        w.WriteLine("  carol / carol / carol-token");
        w.WriteLine("Public assets: tiledb://TileDB-Inc/quickstart_sparse, tiledb://TileDB-Inc/quickstart_dense, group tiledb://TileDB-Inc/quickstart");
        w.WriteLine("Admin API: " + new Uri(server.BaseAddress, "__emulator/") + " (reset, state, requests, faults, tasks/behavior, regions, seed)");
    }
}
