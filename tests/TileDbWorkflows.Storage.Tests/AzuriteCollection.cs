using TileDbWorkflows.Testing.Azurite;

namespace TileDbWorkflows.Storage.Tests;

[CollectionDefinition(AzuriteFixture.Collection)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>;
