using System.Net;
using TileDbWorkflows.Emulator.Tests.Support;

namespace TileDbWorkflows.Emulator.Tests.Issues;

/// <summary>Issue 15: the emulator imported files whose source object did not exist; the service refuses them.</summary>
public sealed class FileImportOfMissingSourceTests
{
    [Fact]
    public async Task Import_of_a_missing_source_is_refused_and_registers_nothing()
    {
        await using var emu = await Emulators.StartAsync();
        using var alice = emu.CreateClient("alice-token");

        var (status, body, _) = await alice.SendAsync(HttpMethod.Post, "/v1/files/alice", new { input_uri = "s3://b/never-uploaded.pdf", name = "ghost" });

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("s3://b/never-uploaded.pdf does not exist", body.GetProperty("message").GetString(), StringComparison.Ordinal);
        await alice.ExpectAsync(HttpMethod.Get, "/v1/arrays/alice/ghost/metadata", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_source_added_through_the_admin_api_imports()
    {
        await using var emu = await Emulators.StartAsync();
        using var alice = emu.CreateClient("alice-token");
        await emu.Admin.AddStorageObjectsAsync(["s3://b/uploaded.pdf"]);

        var (status, _, _) = await alice.SendAsync(HttpMethod.Post, "/v1/files/alice", new { input_uri = "s3://b/uploaded.pdf", name = "uploaded" });

        Assert.Equal(HttpStatusCode.Created, status);
    }

    [Fact]
    public async Task The_default_world_holds_the_file_the_onboarding_sample_imports()
    {
        await using var emu = await Emulators.StartAsync();
        using var demo = emu.CreateClient("demo-token");

        var (status, _, _) = await demo.SendAsync(HttpMethod.Post, "/v1/files/demo", new { input_uri = "s3://demo-bucket/docs/sensor-manual.pdf", name = "sensor_manual" });

        Assert.Equal(HttpStatusCode.Created, status);
    }
}
