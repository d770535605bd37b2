using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Http;

namespace TileDbWorkflows.Emulator.Tests.Contract;

/// <summary>The real client, pointed at a running emulator, never touching ~/.tiledb/cloud.json.</summary>
public static class ContractClient
{
    public static TileDbCloudClient Create(EmulatorServer emulator, string token = "alice-token", RetryMode retry = RetryMode.Default) =>
        TileDbCloudClient.Create(new TileDbCloudOptions
        {
            ServerAddress = emulator.BaseAddress.ToString(),
            ApiToken = token,
            UseConfigFile = false,
            SaveSessionOnLogin = false,
            RetryMode = retry,
            ConfigFilePath = Path.Combine(Path.GetTempPath(), $"tdbw-contract-{Guid.NewGuid():N}.json"),
        });

    public static TileDbCloudClient CreateAnonymous(EmulatorServer emulator) =>
        TileDbCloudClient.Create(new TileDbCloudOptions
        {
            ServerAddress = emulator.BaseAddress.ToString(),
            UseConfigFile = false,
            SaveSessionOnLogin = false,
            ConfigFilePath = Path.Combine(Path.GetTempPath(), $"tdbw-contract-{Guid.NewGuid():N}.json"),
        });
}
