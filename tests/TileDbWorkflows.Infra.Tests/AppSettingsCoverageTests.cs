using System.Text.Json.Nodes;

namespace TileDbWorkflows.Infra.Tests;

/// <summary>
/// Every setting in local.settings.sample.json must reach the deployed app under the same name. The
/// sample is read at test time, so a setting someone adds there fails here until infra/ sets it too.
/// </summary>
[Collection(CompiledInfraCollection.Name)]
public sealed class AppSettingsCoverageTests(CompiledInfra infra)
{
    /// <summary>
    /// The only sample keys that are not copied by name, and what the template sets instead. Keep this
    /// small: each entry is a local-only value with an Azure equivalent.
    /// </summary>
    private static readonly Dictionary<string, string[]> Replaced = new(StringComparer.Ordinal)
    {
        // Locally a connection string to Azurite; in Azure an identity-based connection (no key).
        ["AzureWebJobsStorage"] = ["AzureWebJobsStorage__accountName", "AzureWebJobsStorage__credential", "AzureWebJobsStorage__clientId"],
        // Flex Consumption declares the runtime in functionAppConfig and rejects the setting; Elastic
        // Premium sets it. Checked per plan below. The standalone worker has no Functions runtime.
        ["FUNCTIONS_WORKER_RUNTIME"] = [],
    };

    private const string FunctionAppModule = "modules/functionApp.bicep";
    private const string ContainerAppModule = "modules/containerApp.bicep";

    public static TheoryData<bool> Plans => new() { true, false };

    [Theory]
    [MemberData(nameof(Plans))]
    public void Function_app_sets_every_sample_setting(bool flex)
    {
        var settings = FunctionAppSettings(flex);
        var missing = MissingFrom(settings.Select(s => s.Key).ToHashSet(StringComparer.Ordinal));
        Assert.True(missing.Count == 0,
            $"{(flex ? "Flex Consumption" : "Elastic Premium")} app settings lack {string.Join(", ", missing)}; they are {string.Join(", ", settings.Select(s => s.Key))}");
    }

    [Fact]
    public void Flex_declares_the_sample_worker_runtime_in_functionAppConfig()
    {
        var template = infra.Template(FunctionAppModule);
        var evaluator = template.Evaluator(Pin(flex: true));
        var site = template.SingleResource("Microsoft.Web/sites");
        var config = evaluator.EvaluateObject(site["properties"]!["functionAppConfig"]);

        Assert.Equal(LocalSettingsSample.Values()["FUNCTIONS_WORKER_RUNTIME"], (string?)config["runtime"]?["name"]);
        Assert.False(FunctionAppSettings(flex: true).ContainsKey("FUNCTIONS_WORKER_RUNTIME"),
            "Flex Consumption rejects FUNCTIONS_WORKER_RUNTIME as an app setting");
    }

    [Fact]
    public void Premium_sets_the_sample_worker_runtime_as_an_app_setting()
    {
        Assert.Equal(LocalSettingsSample.Values()["FUNCTIONS_WORKER_RUNTIME"], (string?)FunctionAppSettings(flex: false)["FUNCTIONS_WORKER_RUNTIME"]);
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void Function_app_reads_the_TileDB_token_through_a_Key_Vault_reference(bool flex)
    {
        var value = (string?)FunctionAppSettings(flex)["TileDb__ApiToken"];
        Assert.NotNull(value);
        Assert.StartsWith("[format('@Microsoft.KeyVault(SecretUri=", value, StringComparison.Ordinal);
        var site = infra.Template(FunctionAppModule).SingleResource("Microsoft.Web/sites");
        Assert.NotNull((string?)site["properties"]!["keyVaultReferenceIdentity"]);
    }

    [Fact]
    public void Container_app_sets_every_sample_setting_as_an_environment_variable()
    {
        var env = ContainerEnv();
        var missing = MissingFrom(env.Keys.ToHashSet(StringComparer.Ordinal));
        Assert.True(missing.Count == 0, $"The worker container lacks {string.Join(", ", missing)}; it has {string.Join(", ", env.Keys)}");

        // The token comes from Key Vault through a container app secret, never as a plain value.
        var token = env["TileDb__ApiToken"];
        Assert.Null(token["value"]);
        var secretName = infra.Template(ContainerAppModule).Evaluator().Evaluate(token["secretRef"])?.ToString();
        var secrets = infra.Template(ContainerAppModule).SingleResource("Microsoft.App/containerApps")["properties"]!["configuration"]!["secrets"]!.AsArray();
        var secret = secrets.Single(s => infra.Template(ContainerAppModule).Evaluator().Evaluate(s!["name"])?.ToString() == secretName)!;
        Assert.NotNull((string?)secret["keyVaultUrl"]);
        Assert.NotNull((string?)secret["identity"]);
    }

    /// <summary>
    /// Settings that name a queue or a container must name the ones the storage module creates, and
    /// the template's defaults are the sample's names, so local runs and Azure agree.
    /// </summary>
    [Theory]
    [InlineData("BulkInvitationsQueue", "bulkInvitationsQueueName")]
    [InlineData("Sweep__ManifestContainer", "manifestContainerName")]
    [InlineData("Sweep__ReportContainer", "reportContainerName")]
    public void Storage_names_in_settings_match_what_the_template_creates(string setting, string parameter)
    {
        var main = infra.Template("main.bicep");
        Assert.Equal(LocalSettingsSample.Values()[setting], (string?)main.ParameterDefault(parameter));
        var created = main.ModuleParameter("storage", parameter);
        Assert.Equal(created, main.ModuleParameter("functionApp", parameter));
        Assert.Equal(created, main.ModuleParameter("containerApp", parameter));
    }

    /// <summary>
    /// Both hosts export their OpenTelemetry to the Application Insights the monitoring module creates: the Functions
    /// app (host.json telemetryMode OpenTelemetry) and the worker read the standard APPLICATIONINSIGHTS_CONNECTION_STRING.
    /// </summary>
    [Theory]
    [MemberData(nameof(Plans))]
    public void Both_hosts_get_the_Application_Insights_connection_string_of_the_monitoring_module(bool flex)
    {
        const string Setting = "APPLICATIONINSIGHTS_CONNECTION_STRING";
        var main = infra.Template("main.bicep");
        var fromMonitoring = main.ModuleParameter("functionApp", "appInsightsConnectionString");
        Assert.Contains("monitoring", fromMonitoring, StringComparison.Ordinal);
        Assert.Contains("appInsightsConnectionString", fromMonitoring, StringComparison.Ordinal);
        Assert.Equal(fromMonitoring, main.ModuleParameter("containerApp", "appInsightsConnectionString"));

        var functionSetting = FunctionAppSettings(flex)[Setting]?.ToJsonString();
        Assert.NotNull(functionSetting);
        Assert.Contains("appInsightsConnectionString", functionSetting, StringComparison.Ordinal);
        var containerSetting = ContainerEnv()[Setting]["value"]?.ToJsonString();
        Assert.NotNull(containerSetting);
        Assert.Contains("appInsightsConnectionString", containerSetting, StringComparison.Ordinal);
    }

    private static Dictionary<string, JsonNode?> Pin(bool flex) => new() { ["isFlex"] = JsonValue.Create(flex) };

    private JsonObject FunctionAppSettings(bool flex)
    {
        var template = infra.Template(FunctionAppModule);
        var appSettings = template.ResourcesOfType("Microsoft.Web/sites/config")
            .Single(r => ((string?)r["name"])?.Contains("appsettings", StringComparison.Ordinal) == true);
        return template.Evaluator(Pin(flex)).EvaluateObject(appSettings["properties"]);
    }

    private Dictionary<string, JsonObject> ContainerEnv()
    {
        var template = infra.Template(ContainerAppModule);
        var app = template.SingleResource("Microsoft.App/containerApps");
        var evaluator = template.Evaluator();
        var containers = evaluator.Evaluate(app["properties"]!["template"]!["containers"])!.AsArray();
        var worker = Assert.Single(containers)!;
        return evaluator.Evaluate(worker["env"])!.AsArray()
            .Select(e => e!.AsObject())
            .ToDictionary(e => (string)e["name"]!, StringComparer.Ordinal);
    }

    private static List<string> MissingFrom(HashSet<string> names) =>
        LocalSettingsSample.Values().Keys
            .SelectMany(key => Replaced.TryGetValue(key, out var replacements) ? replacements : [key])
            .Where(name => !names.Contains(name))
            .ToList();
}
