// Example environment: a development deployment on Flex Consumption in West Europe.
//   az deployment group create -g rg-tdbw-dev -f infra/main.bicep -p infra/main.bicepparam \
//     -p tileDbApiToken="$TILEDB_TOKEN"
// The token is passed on the command line (or set in Key Vault afterwards), never written here.
using 'main.bicep'

param appName = 'tdbw-dev'
param location = 'westeurope'
param hosting = 'FlexConsumption'

param taskHubName = 'tiledbworkflowsdev'
param tileDbServerAddress = 'https://api.tiledb.com'
param tileDbRetryMode = 'Default'
param sweepSchedule = '0 0 2 * * *'
param sweepNamespace = ''

param flexMaximumInstanceCount = 10
param flexInstanceMemoryMB = 2048

// For the standalone worker instead, set hosting = 'ContainerApps' and:
// param workerImage = 'myregistry.azurecr.io/tiledbworkflows-worker:1.0.0'
// param workerRegistryServer = 'myregistry.azurecr.io'
// param workerReplicas = 2

param tags = {
  owner: 'data-platform'
}
