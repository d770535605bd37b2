namespace TileDbWorkflows.Infra.Tests;

/// <summary>
/// Runs bicep build over every .bicep file and build-params over every .bicepparam file in infra/ once
/// for all tests in the "compiled infra" collection, into a temporary folder (never into infra/).
/// </summary>
public sealed class CompiledInfra : IAsyncLifetime
{
    private readonly DirectoryInfo output = Directory.CreateTempSubdirectory("tdbw-infra-tests-");

    public string OutputDirectory => output.FullName;

    /// <summary>Paths relative to infra/, with forward slashes.</summary>
    public IReadOnlyList<string> BicepFiles { get; } = Relative("*.bicep");

    public IReadOnlyList<string> BicepParamFiles { get; } = Relative("*.bicepparam");

    public ProcessResult Build { get; private set; } = null!;

    public IReadOnlyDictionary<string, ProcessResult> BuildParams { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // One process for all .bicep files (a cold CLI start costs seconds), the parameter files beside it.
        var build = BicepCli.RunAsync("build", "--pattern", "**/*.bicep", "--outdir", OutputDirectory);
        var buildParams = BicepParamFiles.ToDictionary(
            f => f,
            f => BicepCli.RunAsync("build-params", f, "--outfile", Path.Combine(OutputDirectory, Path.ChangeExtension(f, ".parameters.json"))));
        Build = await build;
        await Task.WhenAll(buildParams.Values);
        BuildParams = buildParams.ToDictionary(p => p.Key, p => p.Value.Result);
    }

    public Task DisposeAsync()
    {
        output.Delete(recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>The compiled template of a .bicep file, e.g. "modules/storage.bicep".</summary>
    public ArmTemplate Template(string bicepFile)
    {
        var path = Path.Combine(OutputDirectory, Path.ChangeExtension(bicepFile, ".json"));
        Assert.True(File.Exists(path), $"bicep build wrote no {path}.\n{Build}");
        return ArmTemplate.Load(path);
    }

    public string ParametersJson(string bicepParamFile)
    {
        var path = Path.Combine(OutputDirectory, Path.ChangeExtension(bicepParamFile, ".parameters.json"));
        Assert.True(File.Exists(path), $"bicep build-params wrote no {path}.\n{BuildParams[bicepParamFile]}");
        return File.ReadAllText(path);
    }

    private static List<string> Relative(string pattern) =>
        Directory.EnumerateFiles(BicepCli.InfraDirectory, pattern, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(BicepCli.InfraDirectory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}
