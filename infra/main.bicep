// TileDbWorkflows on Azure, deployed into one resource group:
//   az deployment group create -g <group> -f infra/main.bicep -p infra/main.bicepparam
// See infra/README.md for the three deploy commands, cost at rest and token rotation.

targetScope = 'resourceGroup'

@description('Short name of this environment, used in every resource name (letters, digits, hyphens).')
@minLength(3)
@maxLength(12)
param appName string

@description('Azure region; defaults to the resource group\'s.')
param location string = resourceGroup().location

@description('Where the workflows run: FlexConsumption or ElasticPremium (the Functions app), or ContainerApps (the standalone worker image, N replicas on one task hub).')
@allowed([
  'FlexConsumption'
  'ElasticPremium'
  'ContainerApps'
])
param hosting string = 'FlexConsumption'

@description('.NET version of the isolated worker (Functions hosting).')
param dotnetVersion string = '10.0'

@description('TileDB Cloud API token. Leave empty on redeployments to keep the secret in Key Vault; see README for rotation.')
@secure()
param tileDbApiToken string = ''

// App settings, defaults as in local.settings.sample.json.
@description('Durable task hub name; give each environment sharing a storage account its own.')
param taskHubName string = 'tiledbworkflows'

@description('TileDB Cloud API address.')
param tileDbServerAddress string = 'https://api.tiledb.com'

@description('Retry mode of the TileDB client: Default, Disabled or Forceful.')
param tileDbRetryMode string = 'Default'

@description('Six-field NCRONTAB schedule of the nightly sweep, in UTC.')
param sweepSchedule string = '0 0 2 * * *'

@description('Blob container the sweep reads manifests from.')
param manifestContainerName string = 'manifests'

@description('Blob container the sweep writes reports to.')
param reportContainerName string = 'reports'

@description('TileDB namespace the sweep works in; empty means the token owner\'s.')
param sweepNamespace string = ''

@description('Queue the bulk-invitation trigger reads; its poison queue is <name>-poison.')
param bulkInvitationsQueueName string = 'bulk-invitations'

// Plan options.
@description('Flex Consumption: most instances.')
param flexMaximumInstanceCount int = 40

@description('Flex Consumption: memory per instance in MB (512, 2048 or 4096).')
param flexInstanceMemoryMB int = 2048

@description('Elastic Premium: plan size (EP1, EP2, EP3).')
param premiumSku string = 'EP1'

@description('Elastic Premium: most instances.')
param premiumMaximumElasticWorkerCount int = 20

// Container Apps options (hosting = ContainerApps).
@description('Worker image; required when hosting is ContainerApps.')
param workerImage string = ''

@description('Registry to pull the worker image from with the app identity (grant it AcrPull); empty for a public image.')
param workerRegistryServer string = ''

@description('Worker replicas on the same task hub.')
param workerReplicas int = 2

@description('vCPU per worker replica: 0.5, 1.0 or 2.0.')
param workerCpu string = '0.5'

@description('HTTP port the worker listens on in its container.')
param workerPort int = 8080

@description('Expose the worker\'s HTTP routes publicly; only with authentication in front.')
param workerExternalIngress bool = false

// Access.
@description('Object id of a user or CI principal given Storage Blob Data Contributor on the account (to upload packages, manifests and read reports; there are no account keys). Empty for none.')
param operatorPrincipalId string = ''

@description('Type of operatorPrincipalId.')
@allowed([
  'User'
  'ServicePrincipal'
  'Group'
])
param operatorPrincipalType string = 'User'

@description('Turn on Key Vault purge protection (recommended in production).')
param keyVaultPurgeProtection bool = false

@description('Tags applied to every resource.')
param tags object = {}

// Deterministic per resource group, so a redeployment updates the same resources.
var suffix = take(uniqueString(resourceGroup().id, appName), 8)
var compactName = toLower(replace(appName, '-', ''))
var deploymentContainerName = 'app-package'
var tokenSecretName = 'tiledb-api-token'
var isFunctions = hosting != 'ContainerApps'
var allTags = union({ application: 'TileDbWorkflows', environment: appName }, tags)

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    location: location
    name: 'id-${appName}-${suffix}'
    tags: allTags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    workspaceName: 'log-${appName}-${suffix}'
    appInsightsName: 'appi-${appName}-${suffix}'
    tags: allTags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    name: 'st${compactName}${suffix}'
    bulkInvitationsQueueName: bulkInvitationsQueueName
    manifestContainerName: manifestContainerName
    reportContainerName: reportContainerName
    deploymentContainerName: deploymentContainerName
    appPrincipalId: identity.outputs.principalId
    operatorPrincipalId: operatorPrincipalId
    operatorPrincipalType: operatorPrincipalType
    tags: allTags
  }
}

module keyVault 'modules/keyVault.bicep' = {
  name: 'keyVault'
  params: {
    location: location
    name: 'kv-${appName}-${suffix}'
    tokenSecretName: tokenSecretName
    tileDbApiToken: tileDbApiToken
    appPrincipalId: identity.outputs.principalId
    enablePurgeProtection: keyVaultPurgeProtection
    tags: allTags
  }
}

module functionApp 'modules/functionApp.bicep' = if (isFunctions) {
  name: 'functionApp'
  params: {
    location: location
    planKind: hosting == 'ElasticPremium' ? 'ElasticPremium' : 'FlexConsumption'
    planName: 'plan-${appName}-${suffix}'
    appName: 'func-${appName}-${suffix}'
    dotnetVersion: dotnetVersion
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    storageBlobEndpoint: storage.outputs.blobEndpoint
    deploymentContainerName: deploymentContainerName
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    tileDbApiTokenSecretUri: keyVault.outputs.tokenSecretUri
    taskHubName: taskHubName
    tileDbServerAddress: tileDbServerAddress
    tileDbRetryMode: tileDbRetryMode
    sweepSchedule: sweepSchedule
    manifestContainerName: manifestContainerName
    reportContainerName: reportContainerName
    sweepNamespace: sweepNamespace
    bulkInvitationsQueueName: bulkInvitationsQueueName
    flexMaximumInstanceCount: flexMaximumInstanceCount
    flexInstanceMemoryMB: flexInstanceMemoryMB
    premiumSku: premiumSku
    premiumMaximumElasticWorkerCount: premiumMaximumElasticWorkerCount
    tags: allTags
  }
}

module containerApp 'modules/containerApp.bicep' = if (!isFunctions) {
  name: 'containerApp'
  params: {
    location: location
    environmentName: 'cae-${appName}-${suffix}'
    appName: 'ca-${appName}-${suffix}'
    workspaceId: monitoring.outputs.workspaceId
    image: workerImage
    registryServer: workerRegistryServer
    replicas: workerReplicas
    cpu: workerCpu
    targetPort: workerPort
    externalIngress: workerExternalIngress
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    tileDbApiTokenSecretUri: keyVault.outputs.tokenSecretUri
    taskHubName: taskHubName
    tileDbServerAddress: tileDbServerAddress
    tileDbRetryMode: tileDbRetryMode
    sweepSchedule: sweepSchedule
    manifestContainerName: manifestContainerName
    reportContainerName: reportContainerName
    sweepNamespace: sweepNamespace
    bulkInvitationsQueueName: bulkInvitationsQueueName
    tags: allTags
  }
}

@description('Function App name (empty when hosting is ContainerApps).')
output functionAppName string = isFunctions ? functionApp!.outputs.name : ''

@description('Host name the HTTP routes answer on: the Function App\'s, or the worker\'s when hosting is ContainerApps.')
output defaultHostName string = isFunctions ? functionApp!.outputs.defaultHostName : containerApp!.outputs.fqdn

@description('Storage account of the task hub, queues and containers.')
output storageAccountName string = storage.outputs.name

@description('Key Vault holding the TileDB token (secret tiledb-api-token).')
output keyVaultName string = keyVault.outputs.name

@description('Container app name (empty unless hosting is ContainerApps).')
output containerAppName string = isFunctions ? '' : containerApp!.outputs.name
