using System.Text.Json.Nodes;

namespace TileDbWorkflows.Infra.Tests;

[Collection(CompiledInfraCollection.Name)]
public sealed class BicepBuildTests(CompiledInfra infra)
{
    [Fact]
    public void Infra_folder_has_the_main_template_modules_and_example_parameters()
    {
        Assert.Contains("main.bicep", infra.BicepFiles);
        Assert.Contains("main.bicepparam", infra.BicepParamFiles);
        Assert.Contains(infra.BicepFiles, f => f.StartsWith("modules/", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_bicep_file_builds_without_errors_or_warnings()
    {
        Assert.True(infra.Build.IsClean, infra.Build.ToString());
        var missing = infra.BicepFiles
            .Where(f => !File.Exists(Path.Combine(infra.OutputDirectory, Path.ChangeExtension(f, ".json"))))
            .ToList();
        Assert.True(missing.Count == 0, $"No compiled template for {string.Join(", ", missing)}.\n{infra.Build}");
    }

    [Fact]
    public void Every_bicepparam_file_builds_without_errors_or_warnings()
    {
        Assert.NotEmpty(infra.BuildParams);
        foreach (var (file, result) in infra.BuildParams)
        {
            Assert.True(result.IsClean, $"{file}:\n{result}");
            Assert.NotNull(JsonNode.Parse(infra.ParametersJson(file))?["parameters"]);
        }
    }

    [Fact]
    public void Example_parameters_carry_no_secret()
    {
        foreach (var file in infra.BicepParamFiles)
        {
            var parameters = JsonNode.Parse(infra.ParametersJson(file))!["parameters"]!.AsObject();
            // The token goes in on the command line or straight into Key Vault, never into a committed file.
            Assert.False(parameters.ContainsKey("tileDbApiToken"), $"{file} sets tileDbApiToken");
        }
    }

    [Fact]
    public void Main_template_outputs_app_host_and_storage_names()
    {
        var outputs = infra.Template("main.bicep").Root["outputs"]!.AsObject();
        foreach (var name in new[] { "functionAppName", "defaultHostName", "storageAccountName" })
        {
            Assert.True(outputs.ContainsKey(name), $"main.bicep has no output {name}; it has {string.Join(", ", outputs.Select(o => o.Key))}");
        }
    }

    [Fact]
    public void Main_template_offers_flex_premium_and_container_apps_hosting()
    {
        var allowed = infra.Template("main.bicep").Root["parameters"]!["hosting"]!["allowedValues"]!.AsArray()
            .Select(v => (string?)v).ToList();
        Assert.Equal(["FlexConsumption", "ElasticPremium", "ContainerApps"], allowed);
        Assert.Equal("FlexConsumption", (string?)infra.Template("main.bicep").ParameterDefault("hosting"));
    }
}
