using System.Net;
using TileDbWorkflows.Emulator.Tests.Support;

namespace TileDbWorkflows.Emulator.Tests.Files;

public sealed class FileTests
{
    [Fact]
    public async Task Create_and_export_are_synchronous_201s()
    {
        await using var emu = await Emulators.StartAsync();
        using var alice = emu.CreateClient("alice-token");
        await emu.Admin.AddStorageObjectsAsync(["s3://b/in/doc.pdf"]);
        var (status, created, response) = await alice.SendAsync(HttpMethod.Post, "/v1/files/alice", new { input_uri = "s3://b/in/doc.pdf", output_uri = "s3://b/arrays/doc", name = "doc" });
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.False(response.Headers.Contains("X-TILEDB-CLOUD-TASK-ID"));
        Assert.Equal("s3://b/arrays/doc", created.GetProperty("output_uri").GetString());
        Assert.Equal("doc", created.GetProperty("file_name").GetString());
        Assert.Equal("file", (await alice.GetOkAsync("/v1/arrays/alice/doc/metadata")).GetProperty("file_type").GetString());

        var (exportStatus, exported, _) = await alice.SendAsync(HttpMethod.Post, "/v1/files/alice/doc/export", new { output_uri = "s3://b/out/doc.pdf" });
        Assert.Equal(HttpStatusCode.Created, exportStatus);
        Assert.Equal("s3://b/out/doc.pdf", exported.GetProperty("output_uri").GetString());
        Assert.Contains("s3://b/out/doc.pdf", (await emu.Admin.GetStateAsync()).GetProperty("storage").EnumerateArray().Select(s => s.GetString()));

        await alice.ExpectAsync(HttpMethod.Post, "/v1/files/alice", HttpStatusCode.Conflict, new { input_uri = "s3://b/in/doc.pdf", name = "doc" });
        await alice.ExpectAsync(HttpMethod.Post, "/v1/files/alice/nope/export", HttpStatusCode.NotFound, new { output_uri = "s3://b/x" });
        await alice.ExpectAsync(HttpMethod.Post, "/v1/files/TileDB-Inc/quickstart_dense/export", HttpStatusCode.BadRequest, new { output_uri = "s3://b/x" });
        using var bob = emu.CreateClient("bob-token");
        await bob.ExpectAsync(HttpMethod.Post, "/v1/files/alice", HttpStatusCode.Forbidden, new { input_uri = "s3://b/x.pdf" });
    }
}
