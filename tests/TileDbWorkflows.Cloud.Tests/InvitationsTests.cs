using System.Net;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Cloud.Groups;
using TileDbWorkflows.Cloud.Invitations;
using TileDbWorkflows.Cloud.Tests.Support;
using TileDbWorkflows.Cloud.Users;

namespace TileDbWorkflows.Cloud.Tests;

public class InvitationsTests
{
    private static readonly TileDbUri Array = TileDbUri.Parse("tiledb://ns/arr");

    [Fact]
    public async Task Array_invite_sends_actions_and_recipients_and_204_means_all_sent()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Enqueue(ScriptedResponse.Status(204));
        using var client = TestClients.Create(server);

        var result = await client.Invitations.InviteToArrayAsync(Array, ["bob", "c@x.io"], [ArrayAction.Read, ArrayAction.Write]);

        var r = server.OnlyRequest();
        Assert.Equal(("POST", "/v1/invitations/ns/arr/share"), (r.Method, r.RawPath));
        Assert.Equal("""{"actions":["read","write"],"invitee_email":["bob","c@x.io"]}""", r.Body);
        Assert.True(result.AllSucceeded);
        Assert.Equal(["bob", "c@x.io"], result.Succeeded);
    }

    [Fact]
    public async Task Partial_failure_207_is_reported_per_recipient()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Enqueue(ScriptedResponse.Json("""{"failed_recipients":["c@x.io"]}""", 207));
        using var client = TestClients.Create(server);

        var result = await client.Invitations.InviteToGroupAsync(TileDbUri.Parse("tiledb://ns/g"), ["bob", "c@x.io"], [ArrayAction.Read], [GroupAction.Write]);

        Assert.Equal("/v1/invitations/group/ns/g/share", server.OnlyRequest().RawPath);
        Assert.Equal("""{"array_actions":["read"],"group_actions":["write"],"invitee_email_or_name":["bob","c@x.io"]}""", server.OnlyRequest().Body);
        Assert.Equal(HttpStatusCode.MultiStatus, result.StatusCode);
        Assert.Equal([new RecipientResult("bob", true), new RecipientResult("c@x.io", false)], result.Recipients);
        Assert.Equal(["c@x.io"], result.Failed);
    }

    [Fact]
    public async Task Total_failure_500_with_failed_recipients_is_returned_not_thrown()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Enqueue(ScriptedResponse.Json("""{"failed_recipients":["a","b"]}""", 500));
        using var client = TestClients.Create(server);

        var result = await client.Invitations.InviteToOrganizationAsync("org1", ["a", "b"], OrganizationRole.ReadWrite);

        Assert.Equal(("POST", "/v1/invitations/org1/join"), (server.OnlyRequest().Method, server.OnlyRequest().RawPath));
        Assert.Equal("""{"organization_role":"read_write","invitee_email":["a","b"]}""", server.OnlyRequest().Body);
        Assert.False(result.AllSucceeded);
        Assert.Empty(result.Succeeded);
    }

    [Fact]
    public async Task A_500_without_failed_recipients_throws()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Enqueue(ScriptedResponse.Json("""{"code":1,"message":"boom"}""", 500));
        using var client = TestClients.Create(server);

        var ex = await Assert.ThrowsAsync<TileDbCloudException>(() => client.Invitations.InviteToArrayAsync(Array, ["a"], [ArrayAction.Read]));

        Assert.Equal("boom - Code: 1", ex.Message);
    }

    [Fact]
    public async Task Cancel_and_accept_use_the_documented_paths()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Fallback = _ => ScriptedResponse.Status(204);
        using var client = TestClients.Create(server);

        await client.Invitations.CancelArrayInvitationAsync(Array, "inv1");
        await client.Invitations.CancelGroupInvitationAsync(TileDbUri.Parse("tiledb://ns/g"), "inv2");
        await client.Invitations.CancelOrganizationInvitationAsync("org1", "inv3");
        await client.Invitations.AcceptAsync("inv4");

        Assert.Equal(
            ["DELETE /v1/invitations/inv1/ns/arr/share", "DELETE /v1/invitations/group/inv2/ns/g/share", "DELETE /v1/invitations/inv3/org1/join", "POST /v1/invitations/inv4"],
            server.Requests.Select(r => r.Method + " " + r.RawPath));
    }

    [Fact]
    public async Task Listing_sends_every_filter_and_reads_comma_separated_actions()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Enqueue(ScriptedResponse.Json("""{"invitations":[{"id":"i1","actions":"read,write","status":"PENDING","invitation_type":"ARRAY_SHARE"}],"pagination_metadata":{"page":1,"per_page":10,"total_pages":1,"total_items":1}}"""));
        using var client = TestClients.Create(server);

        var page = await client.Invitations.ListAsync(new InvitationFilter
        {
            Organization = "org",
            Array = "arr",
            Group = "g",
            Start = DateTimeOffset.FromUnixTimeSeconds(10),
            End = DateTimeOffset.FromUnixTimeSeconds(20),
            Page = 1,
            PerPage = 10,
            Type = InvitationType.ArrayShare,
            Status = InvitationStatus.Pending,
            OrderBy = "timestamp",
        });

        Assert.Equal("?organization=org&array=arr&group=g&start=10&end=20&page=1&per_page=10&type=ARRAY_SHARE&status=PENDING&orderby=timestamp", server.OnlyRequest().Query);
        var invitation = Assert.Single(page.Items);
        Assert.Equal("read,write", invitation.Actions);
        Assert.Equal(InvitationStatus.Pending, invitation.Status);
    }
}
