namespace TileDbWorkflows.Infra.Tests;

/// <summary>Shares one compilation of infra/ between the test classes that read its output.</summary>
[CollectionDefinition(Name)]
public sealed class CompiledInfraCollection : ICollectionFixture<CompiledInfra>
{
    public const string Name = "compiled infra";
}
