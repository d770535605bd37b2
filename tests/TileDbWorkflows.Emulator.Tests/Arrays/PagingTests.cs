using System.Net;
using TileDbWorkflows.Emulator.Tests.Support;

namespace TileDbWorkflows.Emulator.Tests.Arrays;

public sealed class PagingTests
{
    [Fact]
    public async Task Pages_are_one_based_with_pagination_metadata()
    {
        await using var emu = await Emulators.StartAsync();
        using var alice = emu.CreateClient("alice-token");
        foreach (var n in new[] { "a1", "a2", "a3", "a4", "a5" })
        {
            await alice.RegisterAsync("alice", n);
        }

        var seen = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var body = await alice.GetOkAsync($"/v1/arrays/browser/owned?page={page}&per_page=2");
            var meta = body.GetProperty("pagination_metadata");
            Assert.Equal(page, meta.GetProperty("page").GetInt32());
            Assert.Equal(2, meta.GetProperty("per_page").GetInt32());
            Assert.Equal(3, meta.GetProperty("total_pages").GetInt32());
            Assert.Equal(5, meta.GetProperty("total_items").GetInt32());
            seen.AddRange(body.GetProperty("arrays").Names());
        }

        Assert.Equal(["a1", "a2", "a3", "a4", "a5"], seen);
        Assert.Empty((await alice.GetOkAsync("/v1/arrays/browser/owned?page=4&per_page=2")).GetProperty("arrays").EnumerateArray());
        await alice.ExpectAsync(HttpMethod.Get, "/v1/arrays/browser/owned?page=0", HttpStatusCode.BadRequest);
        await alice.ExpectAsync(HttpMethod.Get, "/v1/arrays/browser/owned?per_page=0", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Public_listing_filters_by_namespace_search_tag_and_metadata_flag()
    {
        await using var emu = await Emulators.StartAsync();
        using var bob = emu.CreateClient("bob-token");
        Assert.Equal(["quickstart_dense", "quickstart_sparse"], (await bob.GetOkAsync("/v1/arrays/browser/public?namespace=tiledb-inc")).GetProperty("arrays").Names());
        Assert.Equal(["quickstart_dense"], (await bob.GetOkAsync("/v1/arrays/browser/public?search=dense")).GetProperty("arrays").Names());
        Assert.Equal(["quickstart_sparse"], (await bob.GetOkAsync("/v1/arrays/browser/public?tag=sparse")).GetProperty("arrays").Names());
        Assert.Equal(["quickstart_dense"], (await bob.GetOkAsync("/v1/arrays/browser/public?exclude_tag=sparse")).GetProperty("arrays").Names());
        Assert.Empty((await bob.GetOkAsync("/v1/arrays/browser/public?permissions=write")).GetProperty("arrays").EnumerateArray());
        Assert.Equal(["quickstart_sparse", "quickstart_dense"], (await bob.GetOkAsync("/v1/arrays/browser/public?orderby=size%20asc")).GetProperty("arrays").Names());

        var plain = (await bob.GetOkAsync("/v1/arrays/browser/public?per_page=1")).GetProperty("arrays")[0];
        Assert.False(plain.TryGetProperty("metadata", out _));
        var withMeta = (await bob.GetOkAsync("/v1/arrays/browser/public?per_page=1&with_metadata=True")).GetProperty("arrays")[0];
        Assert.Equal("source", withMeta.GetProperty("metadata")[0].GetProperty("key").GetString());
    }

    [Fact]
    public async Task Owned_listing_includes_organization_arrays_and_filters_by_file_type()
    {
        await using var emu = await Emulators.StartAsync();
        using var demo = emu.CreateClient("demo-token");
        Assert.Equal(["quickstart_dense", "quickstart_sparse"], (await demo.GetOkAsync("/v1/arrays/browser/owned?namespace=TileDB-Inc")).GetProperty("arrays").Names());
        await emu.Admin.AddStorageObjectsAsync(["s3://b/report.pdf"]);
        await demo.ExpectAsync(HttpMethod.Post, "/v1/files/demo", HttpStatusCode.Created, new { input_uri = "s3://b/report.pdf", output_uri = "s3://b/arrays/report" });
        Assert.Equal(["report.pdf"], (await demo.GetOkAsync("/v1/arrays/browser/owned?file_type=file")).GetProperty("arrays").Names());
        Assert.DoesNotContain("report.pdf", (await demo.GetOkAsync("/v1/arrays/browser/owned?exclude_file_type=file")).GetProperty("arrays").Names());
    }
}
