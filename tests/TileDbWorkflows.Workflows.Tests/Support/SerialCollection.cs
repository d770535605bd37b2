namespace TileDbWorkflows.Workflows.Tests.Support;

/// <summary>Tests that listen to process-wide instruments (meters) run alone, so no other test's workflow records meanwhile.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "serial";
}
