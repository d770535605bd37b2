// The standalone worker (src/TileDbWorkflows.Worker) on Azure Container Apps instead of the Functions
// app: a fixed number of replicas on the same Azure Storage task hub share the orchestrations, the
// queue and the sweep (each cron occurrence is claimed by one replica). It gets the same settings as
// the Functions app, as environment variables with the same names.

@description('Azure region for the environment and the app.')
param location string

@description('Name of the Container Apps environment.')
param environmentName string

@description('Name of the container app.')
param appName string

@description('Resource id of the Log Analytics workspace the environment logs to.')
param workspaceId string

@description('Worker image, for example myregistry.azurecr.io/tiledbworkflows-worker:1.0.0.')
param image string

@description('Registry server to pull the image from with the app identity (grant it AcrPull); empty for a public image.')
param registryServer string

@description('Number of worker replicas, all on the same task hub. Fixed: the worker holds durable leases, so it is not scaled on HTTP load.')
@minValue(1)
@maxValue(30)
param replicas int

@description('vCPU per replica; each replica gets twice this in GiB of memory.')
@allowed([
  '0.5'
  '1.0'
  '2.0'
])
param cpu string

@description('HTTP port the worker listens on inside the container.')
param targetPort int

@description('Expose the worker\'s HTTP routes to the internet. Off by default: turn it on only with authentication in front (for example Container Apps built-in authentication).')
param externalIngress bool

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Client id of that identity, used by DefaultAzureCredential and the storage connection.')
param identityClientId string

@description('Name of the storage account of the task hub, queues and containers.')
param storageAccountName string

@description('Application Insights connection string.')
param appInsightsConnectionString string

@description('Versionless URI of the Key Vault secret holding the TileDB Cloud API token.')
param tileDbApiTokenSecretUri string

@description('Durable task hub name (TaskHubName).')
param taskHubName string

@description('TileDB Cloud API address (TileDb__ServerAddress).')
param tileDbServerAddress string

@description('Retry mode of the TileDB client (TileDb__RetryMode).')
param tileDbRetryMode string

@description('Cron schedule of the nightly sweep, in UTC (SweepSchedule).')
param sweepSchedule string

@description('Container of sweep manifests (Sweep__ManifestContainer).')
param manifestContainerName string

@description('Container of sweep reports (Sweep__ReportContainer).')
param reportContainerName string

@description('TileDB namespace the sweep works in (Sweep__Namespace).')
param sweepNamespace string

@description('Queue of bulk invitation requests (BulkInvitationsQueue).')
param bulkInvitationsQueueName string

@description('Tags applied to every resource.')
param tags object = {}

var tokenSecretName = 'tiledb-api-token'

resource environment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: environmentName
  location: location
  tags: tags
  properties: {
    // Logs go through a diagnostic setting (below) rather than the workspace's shared key.
    appLogsConfiguration: {
      destination: 'azure-monitor'
    }
    workloadProfiles: [
      {
        name: 'Consumption'
        workloadProfileType: 'Consumption'
      }
    ]
  }
}

resource environmentLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: environment
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        categoryGroup: 'allLogs'
        enabled: true
      }
    ]
  }
}

resource worker 'Microsoft.App/containerApps@2024-03-01' = {
  name: appName
  location: location
  tags: tags
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    environmentId: environment.id
    workloadProfileName: 'Consumption'
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: externalIngress
        targetPort: targetPort
        allowInsecure: false
        transport: 'auto'
      }
      registries: empty(registryServer)
        ? []
        : [
            {
              server: registryServer
              identity: identityId
            }
          ]
      // A Key Vault reference read with the app identity: the token is not copied into the app.
      secrets: [
        {
          name: tokenSecretName
          keyVaultUrl: tileDbApiTokenSecretUri
          identity: identityId
        }
      ]
    }
    template: {
      containers: [
        {
          name: 'worker'
          image: image
          resources: {
            cpu: json(cpu)
            memory: '${json(cpu) * 2}Gi'
          }
          env: [
            { name: 'AzureWebJobsStorage__accountName', value: storageAccountName }
            { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
            { name: 'AzureWebJobsStorage__clientId', value: identityClientId }
            { name: 'AZURE_CLIENT_ID', value: identityClientId }
            { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsightsConnectionString }
            { name: 'TaskHubName', value: taskHubName }
            { name: 'TileDb__ServerAddress', value: tileDbServerAddress }
            { name: 'TileDb__ApiToken', secretRef: tokenSecretName }
            { name: 'TileDb__RetryMode', value: tileDbRetryMode }
            { name: 'SweepSchedule', value: sweepSchedule }
            { name: 'Sweep__ManifestContainer', value: manifestContainerName }
            { name: 'Sweep__ReportContainer', value: reportContainerName }
            { name: 'Sweep__Namespace', value: sweepNamespace }
            { name: 'BulkInvitationsQueue', value: bulkInvitationsQueueName }
          ]
          // Liveness restarts a hung process; readiness (storage, sidecar, TileDB with the token; cached 2 s by the
          // worker) takes a replica out of ingress while a dependency is away, without restarting it.
          probes: [
            {
              type: 'Liveness'
              httpGet: { path: '/healthz/live', port: targetPort }
              initialDelaySeconds: 10
              periodSeconds: 10
              timeoutSeconds: 5
              failureThreshold: 3
            }
            {
              type: 'Readiness'
              httpGet: { path: '/healthz/ready', port: targetPort }
              initialDelaySeconds: 5
              periodSeconds: 5
              timeoutSeconds: 5
              failureThreshold: 3
            }
          ]
        }
      ]
      scale: {
        minReplicas: replicas
        maxReplicas: replicas
      }
    }
  }
}

output name string = worker.name
output fqdn string = worker.properties.configuration.ingress.fqdn
