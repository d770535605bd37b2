using System.Net;
using System.Net.Http.Headers;
using System.Text;
using TileDbWorkflows.Emulator.Tests.Support;

namespace TileDbWorkflows.Emulator.Tests.Auth;

public sealed class AuthTests
{
    [Fact]
    public async Task Missing_credentials_answer_401_with_the_error_body()
    {
        await using var emu = await Emulators.StartAsync();
        using var client = emu.CreateClient(token: null);
        var (status, body, _) = await client.SendAsync(HttpMethod.Get, "/v1/user");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Api.AssertErrorBody(body);
    }

    [Fact]
    public async Task Wrong_token_answers_401()
    {
        await using var emu = await Emulators.StartAsync();
        using var client = emu.CreateClient("not-a-token");
        var (status, body, _) = await client.SendAsync(HttpMethod.Get, "/v1/arrays/browser/public");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Api.AssertErrorBody(body);
    }

    [Theory]
    [InlineData("demo-token", "demo")]
    [InlineData("alice-token", "alice")]
    [InlineData("bob-token", "bob")]
    [InlineData("carol-token", "carol")]
    public async Task Seeded_tokens_identify_their_users(string token, string username)
    {
        await using var emu = await Emulators.StartAsync();
        using var client = emu.CreateClient(token);
        var user = await client.GetOkAsync("/v1/user");
        Assert.Equal(username, user.GetProperty("username").GetString());
        Assert.False(user.TryGetProperty("password", out _));
    }

    [Fact]
    public async Task Basic_login_issues_a_session_token_that_then_works_alone()
    {
        await using var emu = await Emulators.StartAsync();
        using var basic = emu.CreateClient(token: null);
        basic.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("bob:bob")));
        var session = await basic.GetOkAsync("/v1/session?remember_me=True");
        var token = session.GetProperty("token").GetString()!;
        var issued = session.GetProperty("issued_at").GetDateTimeOffset();
        var expires = session.GetProperty("expires_at").GetDateTimeOffset();
        Assert.InRange(expires - issued, TimeSpan.FromDays(29.9), TimeSpan.FromDays(30.1));

        using var tokenClient = emu.CreateClient(token);
        Assert.Equal("bob", (await tokenClient.GetOkAsync("/v1/user")).GetProperty("username").GetString());
    }

    [Fact]
    public async Task Basic_with_a_wrong_password_answers_401()
    {
        await using var emu = await Emulators.StartAsync();
        using var client = emu.CreateClient(token: null);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("bob:alice")));
        var (status, body, _) = await client.SendAsync(HttpMethod.Get, "/v1/user");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Api.AssertErrorBody(body);
    }

    [Fact]
    public async Task Upload_style_authorization_without_Basic_prefix_is_accepted()
    {
        await using var emu = await Emulators.StartAsync();
        using var client = emu.CreateClient(token: null);
        client.DefaultRequestHeaders.TryAddWithoutValidation("authorization", Convert.ToBase64String(Encoding.UTF8.GetBytes("carol:carol")));
        Assert.Equal("carol", (await client.GetOkAsync("/v1/user")).GetProperty("username").GetString());
    }

    [Fact]
    public async Task Session_without_remember_me_expires_after_30_minutes_of_emulator_time()
    {
        var (emu, time) = await Emulators.StartWithFakeTimeAsync();
        await using var _ = emu;
        using var basic = emu.CreateClient(token: null);
        basic.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("alice:alice")));
        var token = (await basic.GetOkAsync("/v1/session")).GetProperty("token").GetString()!;
        using var client = emu.CreateClient(token);
        await client.GetOkAsync("/v1/user");
        time.Advance(TimeSpan.FromMinutes(31));
        await client.ExpectAsync(HttpMethod.Get, "/v1/user", HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Organizations_list_the_callers_memberships_with_roles()
    {
        await using var emu = await Emulators.StartAsync();
        using var demo = emu.CreateClient("demo-token");
        var orgs = await demo.GetOkAsync("/v1/organizations");
        Assert.Equal(["TileDB-Inc"], orgs.Names());
        Assert.Equal("owner", orgs[0].GetProperty("role").GetString());
        using var bob = emu.CreateClient("bob-token");
        Assert.Empty((await bob.GetOkAsync("/v1/organizations")).EnumerateArray());
        await bob.ExpectAsync(HttpMethod.Get, "/v1/organizations/TileDB-Inc", HttpStatusCode.Forbidden);
        await bob.ExpectAsync(HttpMethod.Get, "/v1/organizations/nope", HttpStatusCode.NotFound);
        Assert.Equal("alice", (await bob.GetOkAsync("/v1/users/alice")).GetProperty("username").GetString());
    }
}
