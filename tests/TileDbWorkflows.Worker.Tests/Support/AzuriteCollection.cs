using TileDbWorkflows.Testing.Azurite;

namespace TileDbWorkflows.Worker.Tests.Support;

// xunit only sees collection definitions in the test assembly itself; the fixture lives in TileDbWorkflows.Testing.
[CollectionDefinition(AzuriteFixture.Collection)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>;
