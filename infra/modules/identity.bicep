// One user-assigned identity for the app. User-assigned rather than system-assigned because its
// principal exists before the Function App or Container App does: the role assignments on storage and
// Key Vault are in place when the app first starts, so the first Key Vault reference and the first
// task-hub call do not fail while a system identity's roles propagate.

@description('Azure region for the identity.')
param location string

@description('Name of the user-assigned managed identity.')
param name string

@description('Tags applied to every resource.')
param tags object = {}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output principalId string = identity.properties.principalId
output clientId string = identity.properties.clientId
