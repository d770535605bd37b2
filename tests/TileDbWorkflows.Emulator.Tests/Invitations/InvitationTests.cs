using System.Net;
using TileDbWorkflows.Emulator.Tests.Support;

namespace TileDbWorkflows.Emulator.Tests.Invitations;

public sealed class InvitationTests
{
    [Fact]
    public async Task Some_failed_recipients_answer_207_with_the_failed_list()
    {
        await using var emu = await Emulators.StartAsync();
        using var alice = emu.CreateClient("alice-token");
        await alice.RegisterAsync("alice", "inv");
        var (status, body, _) = await alice.SendAsync(HttpMethod.Post, "/v1/invitations/alice/inv/share", new
        {
            actions = new[] { "READ" },
            invitee_email = new[] { "bob", "new.person@example.org", "not-an-email@", "nosuchuser" },
        });
        Assert.Equal(HttpStatusCode.MultiStatus, status);
        Assert.Equal(["not-an-email@", "nosuchuser"], body.GetProperty("failed_recipients").EnumerateArray().Select(e => e.GetString()));
        var list = await alice.GetOkAsync("/v1/invitations?array=tiledb://alice/inv");
        Assert.Equal(2, list.GetProperty("invitations").GetArrayLength());
        Assert.Equal("read", list.GetProperty("invitations")[0].GetProperty("actions").GetString());
    }

    [Fact]
    public async Task All_failed_recipients_answer_500_with_the_failed_list_and_create_nothing()
    {
        await using var emu = await Emulators.StartAsync();
        using var alice = emu.CreateClient("alice-token");
        await alice.RegisterAsync("alice", "inv");
        var (status, body, _) = await alice.SendAsync(HttpMethod.Post, "/v1/invitations/alice/inv/share", new
        {
            actions = new[] { "read" },
            invitee_email = new[] { "@bad", "ghost" },
        });
        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Equal(2, body.GetProperty("failed_recipients").GetArrayLength());
        Assert.Empty((await alice.GetOkAsync("/v1/invitations")).GetProperty("invitations").EnumerateArray());
    }

    [Fact]
    public async Task Accepting_an_array_invitation_creates_a_share()
    {
        await using var emu = await Emulators.StartAsync();
        using var alice = emu.CreateClient("alice-token");
        using var bob = emu.CreateClient("bob-token");
        using var carol = emu.CreateClient("carol-token");
        await alice.RegisterAsync("alice", "gift");
        await alice.ExpectAsync(HttpMethod.Post, "/v1/invitations/alice/gift/share", HttpStatusCode.NoContent, new { actions = new[] { "read", "write" }, invitee_email = new[] { "bob" } });
        var invitation = (await bob.GetOkAsync("/v1/invitations?status=PENDING")).GetProperty("invitations")[0];
        Assert.Equal("ARRAY_SHARE", invitation.GetProperty("invitation_type").GetString());
        Assert.Equal("read,write", invitation.GetProperty("actions").GetString());
        var id = invitation.GetProperty("id").GetString();

        await carol.ExpectAsync(HttpMethod.Post, $"/v1/invitations/{id}", HttpStatusCode.NotFound);
        await bob.ExpectAsync(HttpMethod.Get, "/v1/arrays/alice/gift/metadata", HttpStatusCode.NotFound);
        await bob.ExpectAsync(HttpMethod.Post, $"/v1/invitations/{id}", HttpStatusCode.NoContent);
        await bob.GetOkAsync("/v1/arrays/alice/gift/metadata");
        Assert.Equal(["gift"], (await bob.GetOkAsync("/v1/arrays/browser/shared")).GetProperty("arrays").Names());
        Assert.Equal("ACCEPTED", (await bob.GetOkAsync("/v1/invitations")).GetProperty("invitations")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Accepting_an_organization_invitation_adds_the_membership()
    {
        await using var emu = await Emulators.StartAsync();
        using var demo = emu.CreateClient("demo-token");
        using var carol = emu.CreateClient("carol-token");
        await carol.ExpectAsync(HttpMethod.Post, "/v1/invitations/TileDB-Inc/join", HttpStatusCode.Forbidden, new { organization_role = "read_only", invitee_email = new[] { "bob" } });
        await demo.ExpectAsync(HttpMethod.Post, "/v1/invitations/TileDB-Inc/join", HttpStatusCode.BadRequest, new { organization_role = "emperor", invitee_email = new[] { "carol" } });
        await demo.ExpectAsync(HttpMethod.Post, "/v1/invitations/TileDB-Inc/join", HttpStatusCode.NoContent, new { organization_role = "READ_WRITE", invitee_email = new[] { "carol@example.com" } });
        var id = (await carol.GetOkAsync("/v1/invitations?type=JOIN_ORGANIZATION")).GetProperty("invitations")[0].GetProperty("id").GetString();
        await carol.ExpectAsync(HttpMethod.Post, $"/v1/invitations/{id}", HttpStatusCode.NoContent);
        var orgs = await carol.GetOkAsync("/v1/organizations");
        Assert.Equal("read_write", orgs[0].GetProperty("role").GetString());
        Assert.Contains("quickstart_sparse", (await carol.GetOkAsync("/v1/arrays/browser/owned")).GetProperty("arrays").Names());
    }

    [Fact]
    public async Task Group_invitation_accept_and_cancel()
    {
        await using var emu = await Emulators.StartAsync();
        using var alice = emu.CreateClient("alice-token");
        using var bob = emu.CreateClient("bob-token");
        await alice.ExpectAsync(HttpMethod.Post, "/v2/groups/alice", HttpStatusCode.Created, new { group_details = new { name = "club" } });
        await alice.ExpectAsync(HttpMethod.Post, "/v1/invitations/group/alice/club/share", HttpStatusCode.NoContent, new
        {
            array_actions = new[] { "read" }, group_actions = new[] { "read" }, invitee_email_or_name = new[] { "bob", "carol" },
        });
        var invitations = (await alice.GetOkAsync("/v1/invitations?type=GROUP_SHARE&orderby=timestamp")).GetProperty("invitations");
        Assert.Equal(2, invitations.GetArrayLength());
        var forCarol = invitations.EnumerateArray().Single(i => i.GetProperty("namespace_invited").GetString() == "carol").GetProperty("id").GetString();
        await bob.ExpectAsync(HttpMethod.Delete, $"/v1/invitations/group/{forCarol}/alice/club/share", HttpStatusCode.Forbidden);
        await alice.ExpectAsync(HttpMethod.Delete, $"/v1/invitations/group/{forCarol}/alice/club/share", HttpStatusCode.NoContent);
        await alice.ExpectAsync(HttpMethod.Delete, $"/v1/invitations/group/{forCarol}/alice/club/share", HttpStatusCode.NotFound);

        var forBob = (await bob.GetOkAsync("/v1/invitations")).GetProperty("invitations")[0].GetProperty("id").GetString();
        await bob.ExpectAsync(HttpMethod.Post, $"/v1/invitations/{forBob}", HttpStatusCode.NoContent);
        Assert.Equal(["club"], (await bob.GetOkAsync("/v1/groups/browser/shared")).GetProperty("groups").Names());
    }

    [Fact]
    public async Task Array_invitation_cancel_checks_the_asset()
    {
        await using var emu = await Emulators.StartAsync();
        using var alice = emu.CreateClient("alice-token");
        await alice.RegisterAsync("alice", "one");
        await alice.RegisterAsync("alice", "two");
        await alice.ExpectAsync(HttpMethod.Post, "/v1/invitations/alice/one/share", HttpStatusCode.NoContent, new { actions = new[] { "read" }, invitee_email = new[] { "bob" } });
        var id = (await alice.GetOkAsync("/v1/invitations")).GetProperty("invitations")[0].GetProperty("id").GetString();
        await alice.ExpectAsync(HttpMethod.Delete, $"/v1/invitations/{id}/alice/two/share", HttpStatusCode.NotFound);
        await alice.ExpectAsync(HttpMethod.Delete, $"/v1/invitations/{id}/alice/one/share", HttpStatusCode.NoContent);
        Assert.Empty((await alice.GetOkAsync("/v1/invitations")).GetProperty("invitations").EnumerateArray());
    }

    [Fact]
    public async Task Organization_invitation_can_be_cancelled()
    {
        await using var emu = await Emulators.StartAsync();
        using var demo = emu.CreateClient("demo-token");
        await demo.ExpectAsync(HttpMethod.Post, "/v1/invitations/TileDB-Inc/join", HttpStatusCode.NoContent, new { organization_role = "read_only", invitee_email = new[] { "bob" } });
        var id = (await demo.GetOkAsync("/v1/invitations?organization=TileDB-Inc")).GetProperty("invitations")[0].GetProperty("id").GetString();
        await demo.ExpectAsync(HttpMethod.Delete, $"/v1/invitations/{id}/TileDB-Inc/join", HttpStatusCode.NoContent);
    }
}
