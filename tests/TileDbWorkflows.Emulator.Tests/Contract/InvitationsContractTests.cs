using System.Net;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Cloud.Groups;
using TileDbWorkflows.Cloud.Invitations;
using TileDbWorkflows.Cloud.Users;
using TileDbWorkflows.Emulator.Tests.Support;

namespace TileDbWorkflows.Emulator.Tests.Contract;

public sealed class InvitationsContractTests
{
    [Fact]
    public async Task Array_invitations_report_per_recipient_and_accept_into_a_share()
    {
        await using var emu = await Emulators.StartAsync();
        using var alice = ContractClient.Create(emu, "alice-token");
        using var bob = ContractClient.Create(emu, "bob-token");
        await alice.Arrays.RegisterAsync(new ArrayRegistration { StorageUri = "s3://b/inv", Namespace = "alice" });
        var uri = new TileDbUri("alice", "inv");

        var partial = await alice.Invitations.InviteToArrayAsync(uri, ["bob", "bad@", "ghost"], [ArrayAction.Read]);
        Assert.Equal(HttpStatusCode.MultiStatus, partial.StatusCode);
        Assert.Equal(["bob"], partial.Succeeded);
        Assert.Equal(["bad@", "ghost"], partial.Failed);

        var none = await alice.Invitations.InviteToArrayAsync(uri, ["bad@", "ghost"], [ArrayAction.Read]);
        Assert.Equal(HttpStatusCode.InternalServerError, none.StatusCode);
        Assert.Empty(none.Succeeded);

        var mine = Assert.Single((await bob.Invitations.ListAsync(new InvitationFilter { Status = InvitationStatus.Pending })).Items);
        Assert.Equal(InvitationType.ArrayShare, mine.InvitationType);
        Assert.Equal("read", mine.Actions);
        await bob.Invitations.AcceptAsync(mine.Id!);
        await bob.Arrays.GetInfoAsync(uri);

        var again = await alice.Invitations.InviteToArrayAsync(uri, ["carol@example.com"], [ArrayAction.Read]);
        Assert.True(again.AllSucceeded);
        var forCarol = Assert.Single((await alice.Invitations.ListAsync(new InvitationFilter { Status = InvitationStatus.Pending })).Items);
        await alice.Invitations.CancelArrayInvitationAsync(uri, forCarol.Id!);
        var all = new List<Invitation>();
        await foreach (var i in alice.Invitations.ListAllAsync(new InvitationFilter { PerPage = 1 }))
        {
            all.Add(i);
        }

        Assert.Equal(InvitationStatus.Accepted, Assert.Single(all).Status);
    }

    [Fact]
    public async Task Group_and_organization_invitations()
    {
        await using var emu = await Emulators.StartAsync();
        using var alice = ContractClient.Create(emu, "alice-token");
        using var demo = ContractClient.Create(emu, "demo-token");
        using var carol = ContractClient.Create(emu, "carol-token");
        await alice.Groups.CreateAsync(new GroupCreateRequest { Name = "club", Namespace = "alice", StorageUri = "s3://b/club", CredentialsName = "c" });
        var club = new TileDbUri("alice", "club");
        var toGroup = await alice.Invitations.InviteToGroupAsync(club, ["carol", "bob"], [ArrayAction.Read], [GroupAction.Read]);
        Assert.True(toGroup.AllSucceeded);
        var pending = (await alice.Invitations.ListAsync(new InvitationFilter { Type = InvitationType.GroupShare })).Items;
        await alice.Invitations.CancelGroupInvitationAsync(club, pending.Single(i => i.NamespaceInvited == "bob").Id!);
        var carolsGroupInvite = Assert.Single((await carol.Invitations.ListAsync()).Items);
        await carol.Invitations.AcceptAsync(carolsGroupInvite.Id!);
        Assert.Equal("club", Assert.Single((await carol.Groups.ListAsync(ListScope.Shared)).Items).Name);

        var toOrg = await demo.Invitations.InviteToOrganizationAsync("TileDB-Inc", ["carol", "x@y"], OrganizationRole.ReadWrite, [NamespaceAction.Read]);
        Assert.Equal(["x@y"], toOrg.Failed);
        var orgInvite = Assert.Single((await carol.Invitations.ListAsync(new InvitationFilter { Type = InvitationType.JoinOrganization })).Items);
        Assert.Equal(OrganizationRole.ReadWrite, orgInvite.OrganizationRole);
        await carol.Invitations.AcceptAsync(orgInvite.Id!);
        Assert.Equal(OrganizationRole.ReadWrite, Assert.Single(await carol.Organizations.ListAsync()).Role);

        await demo.Invitations.InviteToOrganizationAsync("TileDB-Inc", ["bob"], OrganizationRole.ReadOnly);
        var bobs = Assert.Single((await demo.Invitations.ListAsync(new InvitationFilter { Organization = "TileDB-Inc", Status = InvitationStatus.Pending })).Items);
        await demo.Invitations.CancelOrganizationInvitationAsync("TileDB-Inc", bobs.Id!);
        var gone = await Assert.ThrowsAsync<TileDbCloudException>(() => demo.Invitations.CancelOrganizationInvitationAsync("TileDB-Inc", bobs.Id!));
        Assert.True(gone.IsNotFound);
    }
}
