using System.Net;
using Microsoft.Extensions.Time.Testing;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Cloud.Http;
using TileDbWorkflows.Cloud.Tests.Support;
using TileDbWorkflows.Cloud.Users;

namespace TileDbWorkflows.Cloud.Tests.Issues;

/// <summary>
/// Gap: Forceful mode retries 500, and an invitation where every recipient fails is answered 500 with a
/// <c>failed_recipients</c> body, so the same invitations were sent up to 10 times. That answer is final
/// (the server tried every recipient) and is now returned per recipient after one request. Fake time is
/// driven so that, without the fix, the retries finish quickly and the count assertion fails.
/// </summary>
public sealed class ForcefulDoesNotResendFailedInvitationsTests
{
    private const string AllFailed = """{"failed_recipients":["a@x.io","b@x.io"]}""";

    [Fact]
    public async Task Forceful_mode_sends_an_all_failed_organization_invitation_once()
    {
        var time = new FakeTimeProvider();
        await using var server = await RecordingServer.StartAsync(time);
        server.Fallback = _ => ScriptedResponse.Json(AllFailed, 500);
        using var client = TestClients.Create(server, time, o => o.RetryMode = RetryMode.Forceful);

        var result = await TestClients.DriveAsync(client.Invitations.InviteToOrganizationAsync("org1", ["a@x.io", "b@x.io"], OrganizationRole.ReadOnly), time);

        Assert.Single(server.Requests);
        Assert.Equal(HttpStatusCode.InternalServerError, result.StatusCode);
        Assert.Equal(["a@x.io", "b@x.io"], result.Failed);
        Assert.Empty(result.Succeeded);
    }

    [Fact]
    public async Task Forceful_mode_sends_an_all_failed_array_invitation_once()
    {
        var time = new FakeTimeProvider();
        await using var server = await RecordingServer.StartAsync(time);
        server.Fallback = _ => ScriptedResponse.Json(AllFailed, 500);
        using var client = TestClients.Create(server, time, o => o.RetryMode = RetryMode.Forceful);

        var result = await TestClients.DriveAsync(client.Invitations.InviteToArrayAsync(TileDbUri.Parse("tiledb://ns/arr"), ["a@x.io", "b@x.io"], [ArrayAction.Read]), time);

        Assert.Single(server.Requests);
        Assert.False(result.AllSucceeded);
    }

    [Fact]
    public async Task Forceful_mode_still_retries_an_invitation_500_that_is_a_plain_server_error()
    {
        var time = new FakeTimeProvider();
        await using var server = await RecordingServer.StartAsync(time);
        server.Enqueue(ScriptedResponse.Json("""{"code":1,"message":"boom"}""", 500), ScriptedResponse.Status(204));
        using var client = TestClients.Create(server, time, o => o.RetryMode = RetryMode.Forceful);

        var result = await TestClients.DriveAsync(client.Invitations.InviteToOrganizationAsync("org1", ["a@x.io"], OrganizationRole.ReadOnly), time);

        Assert.Equal(2, server.Requests.Count);
        Assert.True(result.AllSucceeded);
    }
}
