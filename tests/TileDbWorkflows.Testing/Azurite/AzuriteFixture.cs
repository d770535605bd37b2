using Xunit;

namespace TileDbWorkflows.Testing.Azurite;

/// <summary>
/// One Azurite per test collection. xunit only honours <c>[CollectionDefinition]</c> in the test assembly
/// itself, so each test project declares its collection:
/// <code>
/// [CollectionDefinition(AzuriteFixture.Collection)]
/// public sealed class AzuriteCollection : ICollectionFixture&lt;AzuriteFixture&gt;;
/// </code>
/// and marks classes with <c>[Collection(AzuriteFixture.Collection)]</c>. Tests share the instance, so give
/// every test its own queue, container and task hub names (<see cref="UniqueName"/>).
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string Collection = "Azurite";

    private AzuriteProcess? azurite;

    public AzuriteProcess Azurite =>
        azurite ?? throw new InvalidOperationException("Azurite is not started yet.");

    public string ConnectionString => Azurite.ConnectionString;

    /// <summary>
    /// A name valid for queues, containers and task hubs alike (lowercase letters and digits, starting with a
    /// letter, at most 3 + 1 + 20 characters) and unique per call.
    /// </summary>
    public static string UniqueName(string prefix = "t")
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        return (prefix + Guid.NewGuid().ToString("N")[..20]).ToLowerInvariant();
    }

    public async Task InitializeAsync() => azurite = await AzuriteProcess.StartAsync().ConfigureAwait(false);

    public async Task DisposeAsync()
    {
        if (azurite is not null)
        {
            await azurite.DisposeAsync().ConfigureAwait(false);
        }
    }
}
