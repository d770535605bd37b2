namespace TileDbWorkflows.Console.Tests.Support;

[CollectionDefinition(ConsoleFixture.Collection)]
public sealed class ConsoleCollection : ICollectionFixture<ConsoleFixture>;
