using System.Net;
using TileDbWorkflows.Emulator.Faults;
using TileDbWorkflows.Emulator.Seed;
using TileDbWorkflows.Emulator.Tests.Support;

namespace TileDbWorkflows.Emulator.Tests.Admin;

public sealed class AdminTests
{
    [Fact]
    public async Task Reset_returns_to_the_seed_and_clears_faults_and_log()
    {
        await using var emu = await Emulators.StartAsync();
        using var alice = emu.CreateClient("alice-token");
        await alice.RegisterAsync("alice", "temp");
        await emu.Admin.SetFaultsAsync(new FaultSpec { Rules = [new FaultRule { Route = "/nothing", Kind = FaultKinds.Capacity }] });
        await emu.Admin.ResetAsync();
        await alice.ExpectAsync(HttpMethod.Get, "/v1/arrays/alice/temp/metadata", HttpStatusCode.NotFound);
        Assert.Empty((await emu.Admin.GetFaultsAsync()).Rules);
        var log = await emu.Admin.GetRequestsAsync();
        Assert.Single(log);
    }

    [Fact]
    public async Task State_dump_shows_the_well_known_world()
    {
        await using var emu = await Emulators.StartAsync();
        var state = await emu.Admin.GetStateAsync();
        Assert.Equal(["alice", "bob", "carol", "demo"], state.GetProperty("users").Names("username"));
        Assert.Equal(["demo-token"], state.GetProperty("users")[3].GetProperty("tokens").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["TileDB-Inc"], state.GetProperty("organizations").Names());
        Assert.Equal(["quickstart_dense", "quickstart_sparse"], state.GetProperty("arrays").Names());
        Assert.Equal(["quickstart"], state.GetProperty("groups").Names());
    }

    [Fact]
    public async Task Request_log_records_method_path_query_status_and_user_and_filters()
    {
        await using var emu = await Emulators.StartAsync();
        using var alice = emu.CreateClient("alice-token");
        using var anonymous = emu.CreateClient(token: null);
        await alice.GetOkAsync("/v1/arrays/browser/public?page=1&per_page=5");
        await alice.ExpectAsync(HttpMethod.Post, "/v1/sql/alice", HttpStatusCode.NoContent, new { query = "select 1" });
        await anonymous.ExpectAsync(HttpMethod.Get, "/v1/user", HttpStatusCode.Unauthorized);

        var posts = await emu.Admin.GetRequestsAsync(method: "POST");
        var post = Assert.Single(posts);
        Assert.Equal("/v1/sql/alice", post.Path);
        Assert.Equal(204, post.Status);
        Assert.Equal("alice", post.User);
        var get = Assert.Single(await emu.Admin.GetRequestsAsync(path: "/v1/arrays/*"));
        Assert.Equal("?page=1&per_page=5", get.Query);
        var unauthorized = Assert.Single(await emu.Admin.GetRequestsAsync(status: 401));
        Assert.Null(unauthorized.User);
        Assert.Equal(2, (await emu.Admin.GetRequestsAsync(user: "alice")).Count);
        await emu.Admin.ClearRequestsAsync();
        Assert.Empty(await emu.Admin.GetRequestsAsync());
    }

    [Fact]
    public async Task Request_log_is_bounded()
    {
        await using var emu = await Emulators.StartAsync(new EmulatorOptions { RequestLogCapacity = 50 });
        using var alice = emu.CreateClient("alice-token");
        for (var i = 0; i < 120; i++)
        {
            await alice.GetOkAsync("/v1/user");
        }

        var log = await emu.Admin.GetRequestsAsync();
        Assert.Equal(50, log.Count);
        Assert.Equal(120, log[^1].Sequence);
    }

    [Fact]
    public async Task Seed_from_options_file_and_admin_adds_to_the_default_world()
    {
        var path = Path.Combine(Path.GetTempPath(), $"emulator-seed-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, """
            {
              "users": [ { "username": "dave", "token": "dave-secret" } ],
              "organizations": [ { "name": "Lab", "members": { "dave": "owner", "bob": "read_only" } } ],
              "arrays": [ { "namespace": "Lab", "name": "results", "shares": { "carol": ["read"] } } ],
              "groups": [ { "namespace": "Lab", "name": "all", "members": [ "tiledb://Lab/results" ] } ]
            }
            """);
        try
        {
            await using var emu = await Emulators.StartAsync(new EmulatorOptions { SeedFile = path });
            using var dave = emu.CreateClient("dave-secret");
            using var bob = emu.CreateClient("bob-token");
            using var carol = emu.CreateClient("carol-token");
            Assert.Equal("dave", (await dave.GetOkAsync("/v1/user")).GetProperty("username").GetString());
            await bob.GetOkAsync("/v1/arrays/Lab/results/metadata");
            await bob.ExpectAsync(HttpMethod.Patch, "/v1/arrays/Lab/results/metadata", HttpStatusCode.Forbidden, new { description = "x" });
            Assert.Equal(["results"], (await carol.GetOkAsync("/v1/arrays/browser/shared")).GetProperty("arrays").Names());
            await dave.GetOkAsync("/v1/arrays/TileDB-Inc/quickstart_sparse/metadata");

            await emu.Admin.LoadSeedAsync(new SeedWorld { Users = [new SeedUser { Username = "erin" }] });
            using var erin = emu.CreateClient("erin-token");
            await erin.GetOkAsync("/v1/user");

            // The seed file is part of "the seed": reset brings dave back and drops erin.
            await emu.Admin.ResetAsync();
            await dave.GetOkAsync("/v1/user");
            await erin.ExpectAsync(HttpMethod.Get, "/v1/user", HttpStatusCode.Unauthorized);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
