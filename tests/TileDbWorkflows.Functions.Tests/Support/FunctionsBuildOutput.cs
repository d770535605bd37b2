using TileDbWorkflows.Testing;

namespace TileDbWorkflows.Functions.Tests.Support;

/// <summary>Files of the Functions project's own build, in the same configuration and framework as this test run.</summary>
internal static class FunctionsBuildOutput
{
    public static string ProjectDirectory { get; } = Path.Combine(RepoRoot.Path, "src", "TileDbWorkflows.Functions");

    /// <summary>src/TileDbWorkflows.Functions/bin/{Configuration}/{tfm}, mirrored from this assembly's bin/{Configuration}/{tfm}.</summary>
    public static string Directory
    {
        get
        {
            var tfm = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = tfm.Parent ?? throw new InvalidOperationException("unexpected test output layout: " + AppContext.BaseDirectory);
            return Path.Combine(ProjectDirectory, "bin", configuration.Name, tfm.Name);
        }
    }

    public static string MetadataPath => Path.Combine(Directory, "functions.metadata");
}
