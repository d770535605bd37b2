using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Cloud.Files;
using TileDbWorkflows.Emulator.Tests.Support;

namespace TileDbWorkflows.Emulator.Tests.Contract;

public sealed class FilesContractTests
{
    [Fact]
    public async Task Create_then_export()
    {
        await using var emu = await Emulators.StartAsync();
        using var alice = ContractClient.Create(emu, "alice-token");
        await emu.Admin.AddStorageObjectsAsync(["s3://b/in/report.pdf"]);
        var created = await alice.Files.CreateAsync(new FileCreateRequest { Namespace = "alice", InputUri = "s3://b/in/report.pdf", OutputUri = "s3://b/arrays/report", Name = "report", AccessCredentialsName = "creds" });
        Assert.Equal("s3://b/arrays/report", created.OutputUri);
        Assert.Equal("report", created.FileName);
        var info = await alice.Arrays.GetInfoAsync(new TileDbUri("alice", "report"));
        Assert.Equal(FileType.File, info.FileType);
        Assert.Equal("creds", info.AccessCredentialsName);
        var exported = await alice.Files.ExportAsync(new TileDbUri("alice", "report"), "s3://b/out/report.pdf");
        Assert.Equal("s3://b/out/report.pdf", exported.OutputUri);
    }
}
