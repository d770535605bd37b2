using System.Net;
using TileDbWorkflows.Cloud.Auth;
using TileDbWorkflows.Cloud.Tests.Support;

namespace TileDbWorkflows.Cloud.Tests;

/// <summary>The kind is set where the exception is made: from the answer's status, or locally for "not logged in".</summary>
public sealed class ErrorKindTests
{
    [Theory]
    [InlineData(400, TileDbErrorKind.Invalid)]
    [InlineData(401, TileDbErrorKind.Unauthorized)]
    [InlineData(403, TileDbErrorKind.Forbidden)]
    [InlineData(404, TileDbErrorKind.NotFound)]
    [InlineData(405, TileDbErrorKind.Invalid)]
    [InlineData(408, TileDbErrorKind.Transient)]
    [InlineData(409, TileDbErrorKind.Conflict)]
    [InlineData(418, TileDbErrorKind.Unknown)]
    [InlineData(422, TileDbErrorKind.Invalid)]
    [InlineData(429, TileDbErrorKind.RateLimited)]
    [InlineData(500, TileDbErrorKind.Transient)]
    [InlineData(502, TileDbErrorKind.Transient)]
    [InlineData(503, TileDbErrorKind.Capacity)]
    [InlineData(504, TileDbErrorKind.Transient)]
    public void Each_status_has_its_kind(int status, TileDbErrorKind expected)
    {
        Assert.Equal(expected, TileDbCloudException.KindOf((HttpStatusCode)status));
        Assert.Equal(expected, TileDbCloudException.FromResponse((HttpStatusCode)status, """{"message":"m","code":1}""").Kind);
        Assert.Equal(expected, TileDbCloudException.FromResponse((HttpStatusCode)status, "not json").Kind);
    }

    [Fact]
    public void Local_errors_without_a_status_are_unknown()
    {
        Assert.Equal(TileDbErrorKind.Unknown, TileDbCloudException.KindOf(null));
        Assert.Equal(TileDbErrorKind.Unknown, new TileDbCloudException("local").Kind);
    }

    [Fact]
    public async Task A_client_with_no_credentials_fails_as_not_logged_in_without_sending()
    {
        var path = Path.Combine(Path.GetTempPath(), "tdbw-kind-" + Guid.NewGuid().ToString("N"), "cloud.json");
        using var client = TileDbCloudClient.Create(new TileDbCloudOptions(), configFile: new CloudConfigFile(path, _ => null));

        var ex = await Assert.ThrowsAsync<TileDbCloudException>(() => client.Users.GetProfileAsync());

        Assert.Equal(TileDbErrorKind.NotLoggedIn, ex.Kind);
        Assert.Null(ex.StatusCode);
    }

    [Fact]
    public async Task A_rejected_token_fails_as_unauthorized()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Enqueue(ScriptedResponse.Status(401));
        using var client = TileDbCloudClient.Create(new TileDbCloudOptions { ServerAddress = server.BaseAddress, ApiToken = "t", UseConfigFile = false });

        var ex = await Assert.ThrowsAsync<TileDbCloudException>(() => client.Users.GetProfileAsync());

        Assert.Equal(TileDbErrorKind.Unauthorized, ex.Kind);
    }
}
