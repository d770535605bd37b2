using System.Net;
using System.Text.Json;
using TileDbWorkflows.Emulator.Tests.Support;

namespace TileDbWorkflows.Emulator.Tests.Arrays;

public sealed class PermissionTests
{
    [Fact]
    public async Task Private_array_is_invisible_until_shared_then_appears_in_the_shared_listing()
    {
        await using var emu = await Emulators.StartAsync();
        using var alice = emu.CreateClient("alice-token");
        using var bob = emu.CreateClient("bob-token");
        await alice.RegisterAsync("alice", "secret");

        var (status, body, _) = await bob.SendAsync(HttpMethod.Get, "/v1/arrays/alice/secret/metadata");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Api.AssertErrorBody(body);
        Assert.Equal(JsonValueKind.Null, (await bob.GetOkAsync("/v1/arrays/browser/shared")).GetProperty("arrays").ValueKind);

        await alice.ShareAsync("alice", "secret", "bob", "read", "write");
        var info = await bob.GetOkAsync("/v1/arrays/alice/secret/metadata");
        Assert.Contains("write", info.GetProperty("allowed_actions").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["secret"], (await bob.GetOkAsync("/v1/arrays/browser/shared")).GetProperty("arrays").Names());
        var sharedWith = await alice.GetOkAsync("/v1/arrays/alice/secret/share");
        Assert.Equal("bob", sharedWith[0].GetProperty("namespace").GetString());
        Assert.Equal("user", sharedWith[0].GetProperty("namespace_type").GetString());

        await alice.ShareAsync("alice", "secret", "bob");
        await bob.ExpectAsync(HttpMethod.Get, "/v1/arrays/alice/secret/metadata", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Read_share_does_not_allow_sharing_editing_or_deregistering()
    {
        await using var emu = await Emulators.StartAsync();
        using var alice = emu.CreateClient("alice-token");
        using var bob = emu.CreateClient("bob-token");
        await alice.RegisterAsync("alice", "data");
        await alice.ShareAsync("alice", "data", "bob", "read");

        await bob.ExpectAsync(HttpMethod.Patch, "/v1/arrays/alice/data/share", HttpStatusCode.Forbidden, new { @namespace = "carol", actions = new[] { "read" } });
        await bob.ExpectAsync(HttpMethod.Patch, "/v1/arrays/alice/data/metadata", HttpStatusCode.Forbidden, new { description = "mine now" });
        await bob.ExpectAsync(HttpMethod.Delete, "/v1/arrays/alice/data/deregister", HttpStatusCode.Forbidden);
        await bob.ExpectAsync(HttpMethod.Post, $"/v1/arrays/alice/{Api.Enc("s3://b/x")}/register", HttpStatusCode.Forbidden, new { name = "x" });
    }

    [Fact]
    public async Task Public_arrays_are_readable_by_everyone_but_not_writable()
    {
        await using var emu = await Emulators.StartAsync();
        using var carol = emu.CreateClient("carol-token");
        var info = await carol.GetOkAsync("/v1/arrays/TileDB-Inc/quickstart_sparse/metadata");
        Assert.True(info.GetProperty("public_share").GetBoolean());
        Assert.Equal("tiledb://TileDB-Inc/quickstart_sparse", info.GetProperty("tiledb_uri").GetString());
        Assert.Equal("sparse", info.GetProperty("type").GetString());
        Assert.DoesNotContain("write", info.GetProperty("allowed_actions").EnumerateArray().Select(a => a.GetString()));
        await carol.ExpectAsync(HttpMethod.Delete, "/v1/arrays/TileDB-Inc/quickstart_sparse/deregister", HttpStatusCode.Forbidden);
        // Namespaces are case-insensitive, as the live tests use tiledb-inc.
        await carol.GetOkAsync("/v1/arrays/tiledb-inc/quickstart_dense/metadata");
    }

    [Fact]
    public async Task Sharing_with_public_publishes_the_array()
    {
        await using var emu = await Emulators.StartAsync();
        using var alice = emu.CreateClient("alice-token");
        using var bob = emu.CreateClient("bob-token");
        await alice.RegisterAsync("alice", "open");
        await alice.ShareAsync("alice", "open", "public", "read");
        Assert.Contains("open", (await bob.GetOkAsync("/v1/arrays/browser/public")).GetProperty("arrays").Names());
    }

    [Fact]
    public async Task Organization_share_reaches_its_members()
    {
        await using var emu = await Emulators.StartAsync();
        using var alice = emu.CreateClient("alice-token");
        using var demo = emu.CreateClient("demo-token");
        await alice.RegisterAsync("alice", "for-org");
        await alice.ShareAsync("alice", "for-org", "TileDB-Inc", "read");
        await demo.GetOkAsync("/v1/arrays/alice/for-org/metadata");
        var sharedWith = await alice.GetOkAsync("/v1/arrays/alice/for-org/share");
        Assert.Equal("organization", sharedWith[0].GetProperty("namespace_type").GetString());
    }

    [Fact]
    public async Task Registering_an_existing_name_conflicts_and_changes_nothing()
    {
        await using var emu = await Emulators.StartAsync();
        using var alice = emu.CreateClient("alice-token");
        await alice.RegisterAsync("alice", "dup", "s3://b/one");
        var (status, body, _) = await alice.SendAsync(HttpMethod.Post, $"/v1/arrays/alice/{Api.Enc("s3://b/two")}/register", new { name = "dup" });
        Assert.Equal(HttpStatusCode.Conflict, status);
        Api.AssertErrorBody(body);
        Assert.Equal("s3://b/one", (await alice.GetOkAsync("/v1/arrays/alice/dup/metadata")).GetProperty("uri").GetString());
    }

    [Fact]
    public async Task Register_takes_the_percent_encoded_storage_uri_and_defaults_the_name_to_its_basename()
    {
        await using var emu = await Emulators.StartAsync();
        using var alice = emu.CreateClient("alice-token");
        var (status, body, _) = await alice.SendAsync(HttpMethod.Post, $"/v1/arrays/alice/{Api.Enc("s3://bucket/path/to/my_array")}/register", new { description = "d" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("my_array", body.GetProperty("name").GetString());
        Assert.Equal("s3://bucket/path/to/my_array", body.GetProperty("uri").GetString());
    }

    [Fact]
    public async Task Deregister_keeps_the_storage_object_and_delete_removes_it()
    {
        await using var emu = await Emulators.StartAsync();
        using var alice = emu.CreateClient("alice-token");
        await alice.RegisterAsync("alice", "keep", "s3://b/keep");
        await alice.RegisterAsync("alice", "drop", "s3://b/drop");
        await alice.ExpectAsync(HttpMethod.Delete, "/v1/arrays/alice/keep/deregister", HttpStatusCode.NoContent);
        await alice.ExpectAsync(HttpMethod.Delete, "/v1/arrays/alice/drop", HttpStatusCode.NoContent);
        await alice.ExpectAsync(HttpMethod.Get, "/v1/arrays/alice/keep/metadata", HttpStatusCode.NotFound);

        var storage = (await emu.Admin.GetStateAsync()).GetProperty("storage").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.Contains("s3://b/keep", storage);
        Assert.DoesNotContain("s3://b/drop", storage);
        await alice.RegisterAsync("alice", "keep", "s3://b/keep");
    }

    [Fact]
    public async Task Every_mutation_lands_in_the_activity_log()
    {
        await using var emu = await Emulators.StartAsync();
        using var alice = emu.CreateClient("alice-token");
        await alice.RegisterAsync("alice", "logged");
        await alice.ExpectAsync(HttpMethod.Patch, "/v1/arrays/alice/logged/metadata", HttpStatusCode.NoContent, new { description = "new" });
        await alice.ShareAsync("alice", "logged", "bob", "read");
        var activity = await alice.GetOkAsync("/v1/arrays/alice/logged/activity");
        Assert.Equal(JsonValueKind.Array, activity.ValueKind);
        var actions = activity.EnumerateArray().Select(a => a.GetProperty("action").GetString()).ToList();
        Assert.Equal(["array_metadata_update", "array_metadata_update", "register"], actions);
        Assert.All(activity.EnumerateArray(), a => Assert.Equal("alice", a.GetProperty("username").GetString()));

        var v2 = await alice.GetOkAsync("/v2/arrays/alice/logged/activity?per_page=2&page=2");
        Assert.Single(v2.GetProperty("activitylogs").EnumerateArray());
        Assert.Equal(3, v2.GetProperty("pagination_metadata").GetProperty("total_items").GetInt32());
    }

    [Fact]
    public async Task Metadata_update_renames_and_retags()
    {
        await using var emu = await Emulators.StartAsync();
        using var alice = emu.CreateClient("alice-token");
        await alice.RegisterAsync("alice", "old");
        await alice.RegisterAsync("alice", "taken");
        await alice.ExpectAsync(HttpMethod.Patch, "/v1/arrays/alice/old/metadata", HttpStatusCode.Conflict, new { name = "taken" });
        await alice.ExpectAsync(HttpMethod.Patch, "/v1/arrays/alice/old/metadata", HttpStatusCode.NoContent, new { name = "new", tags = new[] { "t1" } });
        var info = await alice.GetOkAsync("/v1/arrays/alice/new/metadata");
        Assert.Equal(["t1"], info.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        await alice.ExpectAsync(HttpMethod.Get, "/v1/arrays/alice/old/metadata", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bad_requests_get_error_bodies_never_stack_traces()
    {
        await using var emu = await Emulators.StartAsync();
        using var alice = emu.CreateClient("alice-token");
        foreach (var (method, url, body, expected) in new (HttpMethod, string, object?, HttpStatusCode)[]
        {
            (HttpMethod.Get, "/v1/no/such/route", null, HttpStatusCode.NotFound),
            (HttpMethod.Put, "/v1/user", null, HttpStatusCode.MethodNotAllowed),
            (HttpMethod.Get, "/v1/arrays/browser/owned?page=abc", null, HttpStatusCode.BadRequest),
            (HttpMethod.Get, "/v1/arrays/browser/owned?with_metadata=maybe", null, HttpStatusCode.BadRequest),
            (HttpMethod.Patch, "/v1/arrays/TileDB-Inc/quickstart_sparse/share", "{not json", HttpStatusCode.BadRequest),
            (HttpMethod.Patch, "/v1/arrays/TileDB-Inc/quickstart_sparse/share", "[]", HttpStatusCode.BadRequest),
            (HttpMethod.Post, "/v1/sql/alice", "{}", HttpStatusCode.BadRequest),
            (HttpMethod.Get, "/v1/tasks?array=quickstart_sparse", null, HttpStatusCode.BadRequest),
        })
        {
            var (status, json, _) = await alice.SendAsync(method, url, body);
            Assert.True(status == expected, $"{method} {url}: {(int)status} {json}");
            Api.AssertErrorBody(json);
            Assert.DoesNotContain(" at ", json.GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }
}
