namespace TileDbWorkflows.Functions.Tests.Support;

/// <summary>Smallest valid request bodies per endpoint, in the API's JSON shape.</summary>
internal static class Bodies
{
    public const string Onboarding = """{"namespace":"acme","arrays":[{"name":"genomes","storageUri":"s3://acme-data/genomes"}]}""";
    public const string Sweep = """{"manifest":"nightly.json"}""";
    public const string Sharing = """{"namespace":"acme","shares":[{"assets":["genomes"],"users":["bob"],"actions":["read"]}]}""";
    public const string FileImport = """{"namespace":"acme","imports":[{"inputUri":"s3://acme-docs/report.pdf","name":"report"}]}""";
    public const string FileExport = """{"namespace":"acme","exports":[{"uri":"tiledb://acme/report","outputUri":"s3://acme-out/report.pdf"}]}""";
    public const string TaskWatch = """{"taskIds":["3f2504e0-4f89-11d3-9a0c-0305e82c3301"]}""";
    public const string Invitations = """{"requestId":"batch-42","kind":"array","target":"tiledb://acme/genomes","recipients":["ann@example.org","bob@example.org"],"actions":["read"]}""";
}
