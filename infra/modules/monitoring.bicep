// Log Analytics workspace and the workspace-based Application Insights component that the Functions
// host, the isolated worker and (for the Container Apps option) the environment's logs write to.

@description('Azure region for the resources.')
param location string

@description('Name of the Log Analytics workspace.')
param workspaceName string

@description('Name of the Application Insights component.')
param appInsightsName string

@description('Days Log Analytics keeps data. 30 is the minimum and is included in the per-GB price.')
@minValue(30)
@maxValue(730)
param retentionInDays int = 30

@description('Tags applied to every resource.')
param tags object = {}

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
  }
}

output workspaceId string = workspace.id
output appInsightsName string = appInsights.name
// The connection string only routes telemetry (it grants no read access), which is why it is passed
// around as a plain value and set as an app setting rather than stored in Key Vault.
output appInsightsConnectionString string = appInsights.properties.ConnectionString
