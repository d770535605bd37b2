// The storage account dedicated to this app: the Durable Functions task hub (its queues, tables and
// lease blobs are created by the runtime on first start), the Functions host's own state, the bulk
// invitation queue and its poison queue, the sweep's manifest and report containers, and (Flex
// Consumption) the container the deployment package is uploaded to. Access is by Entra ID only.

@description('Azure region for the account.')
param location string

@description('Storage account name: 3-24 lower-case letters and digits, globally unique.')
@minLength(3)
@maxLength(24)
param name string

@description('Queue the bulk-invitation trigger reads (app setting BulkInvitationsQueue).')
param bulkInvitationsQueueName string

@description('Blob container the sweep reads manifests from (app setting Sweep__ManifestContainer).')
param manifestContainerName string

@description('Blob container the sweep writes reports to (app setting Sweep__ReportContainer).')
param reportContainerName string

@description('Blob container the Flex Consumption plan deploys the app package from.')
param deploymentContainerName string

@description('Principal id of the app identity that gets data-plane roles on this account.')
param appPrincipalId string

@description('Object id of a user or CI principal given Storage Blob Data Contributor (uploads and reads without account keys); empty for none.')
param operatorPrincipalId string = ''

@description('Type of operatorPrincipalId.')
param operatorPrincipalType string = 'User'

@description('Tags applied to every resource.')
param tags object = {}

// Built-in role definition ids (the same in every tenant). Blob Data Owner rather than Contributor
// because that is what the Functions host needs for an identity-based AzureWebJobsStorage (it creates
// its own containers and takes blob leases); queue and table roles serve the Durable task hub.
var storageBlobDataOwner = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
var storageQueueDataContributor = '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // Every client (Functions host, Durable extension, worker, deployment) uses the managed identity,
    // so account keys and SAS are turned off: nothing can leak a key that does not work.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
    accessTier: 'Hot'
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [
  for container in [manifestContainerName, reportContainerName, deploymentContainerName]: {
    parent: blobService
    name: container
    properties: {
      publicAccess: 'None'
    }
  }
]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: account
  name: 'default'
}

// The Functions queue trigger moves a message to '<queue>-poison' after maxDequeueCount failures
// (host.json); creating it here lets alerts and dashboards point at it before the first failure.
resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = [
  for queue in [bulkInvitationsQueueName, '${bulkInvitationsQueueName}-poison']: {
    parent: queueService
    name: queue
  }
]

resource roleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in [storageBlobDataOwner, storageQueueDataContributor, storageTableDataContributor]: {
    name: guid(account.id, appPrincipalId, role)
    scope: account
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
      principalId: appPrincipalId
      principalType: 'ServicePrincipal'
    }
  }
]

// Shared keys are off, so whoever uploads the Elastic Premium package or manifests needs a data role.
resource operatorBlobAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(operatorPrincipalId)) {
  name: guid(account.id, operatorPrincipalId, storageBlobDataContributor)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
    principalId: operatorPrincipalId
    principalType: operatorPrincipalType
  }
}

output name string = account.name
output blobEndpoint string = account.properties.primaryEndpoints.blob
