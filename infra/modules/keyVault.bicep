// Key Vault for the TileDB Cloud API token. The app reads it through a Key Vault reference resolved
// with its managed identity (Key Vault Secrets User on this vault only); no access policies, RBAC only.

@description('Azure region for the vault.')
param location string

@description('Key Vault name: 3-24 letters, digits and hyphens, globally unique.')
@minLength(3)
@maxLength(24)
param name string

@description('Name of the secret that holds the TileDB Cloud API token.')
param tokenSecretName string

@description('TileDB Cloud API token. Leave empty to keep the secret that is already in the vault (set or rotate it with az keyvault secret set); a non-empty value creates a new version.')
@secure()
param tileDbApiToken string = ''

@description('Principal id of the app identity that may read secrets.')
param appPrincipalId string

@description('Turn on purge protection (recommended in production; a purge-protected vault name stays reserved for the retention period after deletion).')
param enablePurgeProtection bool = false

@description('Tags applied to every resource.')
param tags object = {}

var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    // Key Vault rejects an explicit false here, so the property is left out unless it is turned on.
    enablePurgeProtection: enablePurgeProtection ? true : null
  }
}

// Created only when a token is passed, so a redeployment without one does not overwrite a token that
// was rotated out of band.
resource tokenSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(tileDbApiToken)) {
  parent: vault
  name: tokenSecretName
  properties: {
    value: tileDbApiToken
    contentType: 'TileDB Cloud API token'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, appPrincipalId, keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

output name string = vault.name
// Versionless on purpose: the app then follows the latest version after a rotation.
output tokenSecretUri string = '${vault.properties.vaultUri}secrets/${tokenSecretName}'
