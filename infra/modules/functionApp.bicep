// The Functions app (.NET isolated, Linux) and its plan: Flex Consumption by default, Elastic Premium
// on request. Every app setting of local.settings.sample.json is set here under the same name, with
// AzureWebJobsStorage replaced by its identity-based form and the TileDB token by a Key Vault reference.

@description('Azure region for the plan and the app.')
param location string

@description('Hosting plan: FlexConsumption (scale to zero, pay per execution) or ElasticPremium (always-warm instances, no cold start).')
@allowed([
  'FlexConsumption'
  'ElasticPremium'
])
param planKind string

@description('Name of the App Service plan.')
param planName string

@description('Name of the Function App (becomes <name>.azurewebsites.net).')
param appName string

@description('.NET version of the isolated worker.')
param dotnetVersion string

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Client id of that identity, so the Functions host picks it for storage connections.')
param identityClientId string

@description('Name of the storage account of the task hub, queues and containers.')
param storageAccountName string

@description('Primary blob endpoint of that account, ending in a slash.')
param storageBlobEndpoint string

@description('Container holding the deployment package.')
param deploymentContainerName string

@description('Application Insights connection string.')
param appInsightsConnectionString string

@description('Versionless URI of the Key Vault secret holding the TileDB Cloud API token.')
param tileDbApiTokenSecretUri string

@description('Durable task hub name (app setting TaskHubName).')
param taskHubName string

@description('TileDB Cloud API address (app setting TileDb__ServerAddress).')
param tileDbServerAddress string

@description('Retry mode of the TileDB client (app setting TileDb__RetryMode).')
param tileDbRetryMode string

@description('NCRONTAB schedule of the nightly sweep, in UTC (app setting SweepSchedule).')
param sweepSchedule string

@description('Container of sweep manifests (app setting Sweep__ManifestContainer).')
param manifestContainerName string

@description('Container of sweep reports (app setting Sweep__ReportContainer).')
param reportContainerName string

@description('TileDB namespace the sweep works in; empty means the token owner\'s (app setting Sweep__Namespace).')
param sweepNamespace string

@description('Queue of bulk invitation requests (app setting BulkInvitationsQueue).')
param bulkInvitationsQueueName string

@description('Flex Consumption: most instances the app scales out to.')
@minValue(1)
@maxValue(1000)
param flexMaximumInstanceCount int

@description('Flex Consumption: memory per instance in MB.')
@allowed([
  512
  2048
  4096
])
param flexInstanceMemoryMB int

@description('Elastic Premium: plan size.')
@allowed([
  'EP1'
  'EP2'
  'EP3'
])
param premiumSku string

@description('Elastic Premium: most instances the plan scales out to.')
@minValue(1)
@maxValue(100)
param premiumMaximumElasticWorkerCount int

@description('Tags applied to every resource.')
param tags object = {}

var isFlex = planKind == 'FlexConsumption'
var packageContainerUrl = '${storageBlobEndpoint}${deploymentContainerName}'

// Settings common to both plans. Names match local.settings.sample.json; the test
// AppSettingsCoverageTests reads that file and fails if one is missing here.
var commonSettings = {
  // Identity-based host storage: no connection string, no key. The Durable extension's Azure Storage
  // provider and the queue trigger use the same connection name.
  AzureWebJobsStorage__accountName: storageAccountName
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
  TaskHubName: taskHubName
  TileDb__ServerAddress: tileDbServerAddress
  // Resolved by the platform with keyVaultReferenceIdentity below; the token never leaves Key Vault.
  TileDb__ApiToken: '@Microsoft.KeyVault(SecretUri=${tileDbApiTokenSecretUri})'
  TileDb__RetryMode: tileDbRetryMode
  SweepSchedule: sweepSchedule
  Sweep__ManifestContainer: manifestContainerName
  Sweep__ReportContainer: reportContainerName
  Sweep__Namespace: sweepNamespace
  BulkInvitationsQueue: bulkInvitationsQueueName
}

// Flex Consumption rejects FUNCTIONS_WORKER_RUNTIME and FUNCTIONS_EXTENSION_VERSION as app settings:
// the runtime is declared in functionAppConfig instead, so Flex adds no settings of its own.
var flexOnlySettings = {}

// Elastic Premium on Linux runs the package straight from the deployment container, read with the
// managed identity. That avoids the Azure Files content share, which would need an account key.
var premiumOnlySettings = {
  FUNCTIONS_EXTENSION_VERSION: '~4'
  FUNCTIONS_WORKER_RUNTIME: 'dotnet-isolated'
  WEBSITE_RUN_FROM_PACKAGE: '${packageContainerUrl}/app.zip'
  WEBSITE_RUN_FROM_PACKAGE_BLOB_MI_RESOURCE_ID: identityId
}

var flexFunctionAppConfig = {
  deployment: {
    storage: {
      type: 'blobContainer'
      value: packageContainerUrl
      authentication: {
        type: 'UserAssignedIdentity'
        userAssignedIdentityResourceId: identityId
      }
    }
  }
  scaleAndConcurrency: {
    maximumInstanceCount: flexMaximumInstanceCount
    instanceMemoryMB: flexInstanceMemoryMB
  }
  runtime: {
    name: 'dotnet-isolated'
    version: dotnetVersion
  }
}

var commonSiteConfig = {
  minTlsVersion: '1.2'
  scmMinTlsVersion: '1.2'
  ftpsState: 'Disabled'
  http20Enabled: true
}

var premiumSiteConfig = {
  linuxFxVersion: 'DOTNET-ISOLATED|${dotnetVersion}'
  // One instance stays warm so the timer and queue triggers never wait for a cold start.
  minimumElasticInstanceCount: 1
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: isFlex ? 'functionapp' : 'elastic'
  sku: isFlex
    ? {
        name: 'FC1'
        tier: 'FlexConsumption'
      }
    : {
        name: premiumSku
        tier: 'ElasticPremium'
      }
  properties: {
    // Linux.
    reserved: true
    maximumElasticWorkerCount: isFlex ? null : premiumMaximumElasticWorkerCount
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    functionAppConfig: isFlex ? flexFunctionAppConfig : null
    siteConfig: isFlex ? commonSiteConfig : union(commonSiteConfig, premiumSiteConfig)
  }
}

// A separate config resource (rather than siteConfig.appSettings) so the settings are one object,
// which keeps the plan-specific additions a plain union.
resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: union(commonSettings, isFlex ? flexOnlySettings : premiumOnlySettings)
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
