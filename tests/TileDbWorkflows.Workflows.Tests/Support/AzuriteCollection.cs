using TileDbWorkflows.Testing.Azurite;

namespace TileDbWorkflows.Workflows.Tests.Support;

/// <summary>One Azurite for the sweep tests (xunit only reads collection definitions from the test assembly).</summary>
[CollectionDefinition(AzuriteFixture.Collection)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>;
