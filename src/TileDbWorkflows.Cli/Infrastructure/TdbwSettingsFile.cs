using System.Text.Json;

namespace TileDbWorkflows.Cli.Infrastructure;

/// <summary>Reads and writes <c>{profile}/tdbw.json</c>.</summary>
internal sealed class TdbwSettingsFile(string path)
{
    public const string FileName = "tdbw.json";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public string Path { get; } = path;

    public TdbwSettings Load()
    {
        if (!File.Exists(Path))
        {
            return new TdbwSettings();
        }

        try
        {
            return JsonSerializer.Deserialize<TdbwSettings>(File.ReadAllBytes(Path), Options) ?? new TdbwSettings();
        }
        catch (JsonException ex)
        {
            throw new CliException($"{Path} is not valid JSON ({ex.Message}); fix or delete it.");
        }
    }

    public void Save(TdbwSettings settings)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
        var temp = Path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            // The file can hold the worker's function key.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temp, options))
        {
            JsonSerializer.Serialize(stream, settings, Options);
        }

        File.Move(temp, Path, overwrite: true);
    }
}
