namespace TileDbWorkflows.Infra.Tests;

public sealed class BicepLintTests
{
    [Fact]
    public async Task Every_bicep_file_lints_without_errors_or_warnings()
    {
        var result = await BicepCli.RunAsync("lint", "--pattern", "**/*.bicep");
        Assert.True(result.IsClean, result.ToString());
    }

    [Fact]
    public async Task Every_bicepparam_file_lints_without_errors_or_warnings()
    {
        var result = await BicepCli.RunAsync("lint", "--pattern", "**/*.bicepparam");
        Assert.True(result.IsClean, result.ToString());
    }

    /// <summary>
    /// Guards the two checks above against passing vacuously: with infra/bicepconfig.json in force, a
    /// file with an unused parameter must make lint fail, and the diagnostic must reach our output.
    /// </summary>
    [Fact]
    public async Task Lint_with_the_infra_config_fails_on_a_planted_problem()
    {
        var scratch = Directory.CreateTempSubdirectory("tdbw-lint-check-");
        try
        {
            File.Copy(Path.Combine(BicepCli.InfraDirectory, "bicepconfig.json"), Path.Combine(scratch.FullName, "bicepconfig.json"));
            await File.WriteAllTextAsync(Path.Combine(scratch.FullName, "planted.bicep"), "param forgotten string\n");

            var result = await BicepCli.RunAsync(scratch.FullName, BicepCli.DefaultTimeout, "lint", "planted.bicep");

            Assert.False(result.IsClean, "lint passed a file with an unused parameter:\n" + result);
            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("no-unused-params", result.StandardError, StringComparison.Ordinal);
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }
}
