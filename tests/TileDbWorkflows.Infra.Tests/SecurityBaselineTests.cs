using System.Text.Json.Nodes;

namespace TileDbWorkflows.Infra.Tests;

/// <summary>HTTPS only, TLS 1.2, no public blobs, no account keys anywhere, secrets by RBAC only.</summary>
[Collection(CompiledInfraCollection.Name)]
public sealed class SecurityBaselineTests(CompiledInfra infra)
{
    [Fact]
    public void Storage_account_is_https_only_tls12_private_and_keyless()
    {
        var props = infra.Template("modules/storage.bicep").SingleResource("Microsoft.Storage/storageAccounts")["properties"]!;
        Assert.Equal("TLS1_2", (string?)props["minimumTlsVersion"]);
        Assert.True((bool?)props["supportsHttpsTrafficOnly"]);
        Assert.False((bool?)props["allowBlobPublicAccess"]);
        Assert.False((bool?)props["allowSharedKeyAccess"]);
    }

    [Fact]
    public void Storage_creates_the_invitation_queue_and_its_poison_queue()
    {
        var queue = LocalSettingsSample.Values()["BulkInvitationsQueue"];
        var template = infra.Template("modules/storage.bicep");
        var queues = template.SingleResource("Microsoft.Storage/storageAccounts/queueServices/queues");
        // A copy loop over literal names: read the array the loop walks, with the sample's queue name.
        var loop = (string?)queues["copy"]?["count"];
        Assert.NotNull(loop);
        Assert.Contains("createArray(parameters('bulkInvitationsQueueName'), format('{0}-poison', parameters('bulkInvitationsQueueName')))", loop, StringComparison.Ordinal);
        Assert.Equal(queue, (string?)infra.Template("main.bicep").ParameterDefault("bulkInvitationsQueueName"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Function_app_is_https_only_with_tls12_and_no_ftp(bool flex)
    {
        var template = infra.Template("modules/functionApp.bicep");
        var site = template.SingleResource("Microsoft.Web/sites")["properties"]!;
        Assert.True((bool?)site["httpsOnly"]);
        var siteConfig = template.Evaluator(new Dictionary<string, JsonNode?> { ["isFlex"] = flex }).EvaluateObject(site["siteConfig"]);
        Assert.Equal("1.2", (string?)siteConfig["minTlsVersion"]);
        Assert.Equal("1.2", (string?)siteConfig["scmMinTlsVersion"]);
        Assert.Equal("Disabled", (string?)siteConfig["ftpsState"]);
    }

    [Fact]
    public void Key_Vault_uses_RBAC_and_grants_the_app_only_secret_reads()
    {
        var template = infra.Template("modules/keyVault.bicep");
        Assert.True((bool?)template.SingleResource("Microsoft.KeyVault/vaults")["properties"]!["enableRbacAuthorization"]);
        var roles = template.ResourcesOfType("Microsoft.Authorization/roleAssignments")
            .Select(r => RoleGuid(template, r["properties"]!["roleDefinitionId"]!.ToString()))
            .ToList();
        // Key Vault Secrets User (read secret values) and nothing else.
        Assert.Equal(["4633458b-17de-408a-b874-0445c86b69e6"], roles);
    }

    /// <summary>The role guid in subscriptionResourceId('...roleDefinitions', variables('x')).</summary>
    private static string? RoleGuid(ArmTemplate template, string roleDefinitionId)
    {
        var call = ArmExpression.Parse(roleDefinitionId);
        Assert.Equal("subscriptionResourceId", call.Name);
        return template.Evaluator().Evaluate(call.Arguments[^1])?.ToString();
    }

    [Fact]
    public void Worker_ingress_refuses_plain_http()
    {
        var ingress = infra.Template("modules/containerApp.bicep").SingleResource("Microsoft.App/containerApps")["properties"]!["configuration"]!["ingress"]!;
        Assert.False((bool?)ingress["allowInsecure"]);
    }

    [Fact]
    public void No_compiled_template_reads_or_embeds_account_keys()
    {
        foreach (var file in infra.BicepFiles)
        {
            var text = infra.Template(file).Text;
            foreach (var banned in new[] { "listKeys(", "listAccountSas(", "listServiceSas(", "AccountKey=", "SharedAccessSignature=" })
            {
                Assert.False(text.Contains(banned, StringComparison.OrdinalIgnoreCase), $"{file} contains {banned}");
            }
        }
    }

    [Fact]
    public void Secure_parameters_have_no_default_but_empty()
    {
        foreach (var file in infra.BicepFiles)
        {
            foreach (var (name, parameter) in infra.Template(file).Root["parameters"]?.AsObject() ?? [])
            {
                if ((string?)parameter!["type"] is "securestring" or "secureObject")
                {
                    var value = parameter["defaultValue"]?.ToString();
                    Assert.True(string.IsNullOrEmpty(value), $"{file}: secure parameter {name} has a default");
                }
            }
        }
    }
}
