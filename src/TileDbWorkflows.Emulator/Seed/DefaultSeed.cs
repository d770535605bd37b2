namespace TileDbWorkflows.Emulator.Seed;

/// <summary>
/// The well-known world, documented like Azurite's account key: fixed credentials any test or demo can
/// rely on. One regional copy of quickstart_sparse per configured region gives redirects something to do.
/// </summary>
public static class DefaultSeed
{
    public const string Organization = "TileDB-Inc";

    /// <summary>Storage objects every default world holds: the files the samples and the README import.</summary>
    public static IReadOnlyList<string> SampleFiles { get; } =
    [
        "s3://demo-bucket/docs/sensor-manual.pdf",
        "s3://demo-bucket/docs/site-survey.pdf",
        "s3://tiledb-inc-demo-data/docs/quickstart.pdf",
    ];

    public static SeedWorld Create(IEnumerable<string> regions)
    {
        var world = new SeedWorld
        {
            // The sources samples/onboarding.json and the README's examples import, so the demo runs as shipped.
            StorageObjects = [.. SampleFiles],
            Users =
            [
                new SeedUser { Username = "demo", Password = "demo", Token = "demo-token", Name = "Demo User" },
                new SeedUser { Username = "alice", Name = "Alice" },
                new SeedUser { Username = "bob", Name = "Bob" },
                new SeedUser { Username = "carol", Name = "Carol" },
            ],
            Organizations =
            [
                new SeedOrganization
                {
                    Name = Organization,
                    Description = "Publisher of the public quickstart assets",
                    Members = new() { ["demo"] = "owner" },
                },
            ],
            Arrays =
            [
                new SeedArray
                {
                    Namespace = Organization, Name = "quickstart_sparse", Type = "sparse", Public = true, Size = 4096,
                    Uri = "s3://tiledb-inc-demo-data/quickstart_sparse", Description = "Quickstart sparse array",
                    Tags = ["quickstart", "sparse"], Metadata = new() { ["source"] = "quickstart" },
                },
                new SeedArray
                {
                    Namespace = Organization, Name = "quickstart_dense", Type = "dense", Public = true, Size = 8192,
                    Uri = "s3://tiledb-inc-demo-data/quickstart_dense", Description = "Quickstart dense array",
                    Tags = ["quickstart", "dense"], Metadata = new() { ["source"] = "quickstart" },
                },
            ],
            Groups =
            [
                new SeedGroup
                {
                    Namespace = Organization, Name = "quickstart", Public = true,
                    Uri = "s3://tiledb-inc-demo-data/groups/quickstart", Description = "The quickstart arrays",
                    Tags = ["quickstart"],
                    Members = ["tiledb://TileDB-Inc/quickstart_sparse", "tiledb://TileDB-Inc/quickstart_dense"],
                },
            ],
        };

        foreach (var region in regions)
        {
            world.Arrays.Add(new SeedArray
            {
                Namespace = Organization, Name = "quickstart_sparse-" + region, Type = "sparse", Public = true, Size = 4096,
                Uri = $"s3://tiledb-inc-demo-data-{region}/quickstart_sparse", Description = "Quickstart sparse array in " + region,
                Tags = ["quickstart", "sparse", region], Region = region,
            });
        }

        return world;
    }
}
