namespace TileDbWorkflows.Emulator.Users;

public sealed record AssetLocationsWire(
    StorageLocationWire Arrays,
    StorageLocationWire Files,
    StorageLocationWire Groups,
    StorageLocationWire MlModels,
    StorageLocationWire Notebooks,
    StorageLocationWire TaskGraphs,
    StorageLocationWire Udfs)
{
    public static AssetLocationsWire For(string ns)
    {
        StorageLocationWire At(string kind) => new($"s3://emulator/{ns}/{kind}", null);
        return new(At("arrays"), At("files"), At("groups"), At("ml_models"), At("notebooks"), At("task_graphs"), At("udfs"));
    }
}
