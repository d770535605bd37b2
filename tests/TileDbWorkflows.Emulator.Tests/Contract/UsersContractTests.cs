using System.Net;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Users;
using TileDbWorkflows.Emulator.Tests.Support;

namespace TileDbWorkflows.Emulator.Tests.Contract;

public sealed class UsersContractTests
{
    [Fact]
    public async Task Profile_user_and_organizations()
    {
        await using var emu = await Emulators.StartAsync();
        using var demo = ContractClient.Create(emu, "demo-token");
        var me = await demo.Users.GetProfileAsync();
        Assert.Equal("demo", me.Username);
        Assert.Equal("TileDB-Inc", Assert.Single(me.Organizations).OrganizationName);
        Assert.Contains(NamespaceAction.Create, me.AllowedActions);
        Assert.Equal("s3://emulator/demo/groups", me.AssetLocations?.Groups?.Path);
        Assert.Equal("bob", (await demo.Users.GetAsync("bob")).Username);

        var orgs = await demo.Organizations.ListAsync();
        Assert.Equal(OrganizationRole.Owner, Assert.Single(orgs).Role);
        var org = await demo.Organizations.GetAsync("TileDB-Inc");
        Assert.Equal(2, org.NumOfArrays);
        var missing = await Assert.ThrowsAsync<TileDbCloudException>(() => demo.Organizations.GetAsync("nope"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Errors_carry_status_code_message_and_request_id()
    {
        await using var emu = await Emulators.StartAsync();
        using var wrong = ContractClient.Create(emu, "wrong-token");
        var e = await Assert.ThrowsAsync<TileDbCloudException>(() => wrong.Users.GetProfileAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, e.StatusCode);
        Assert.Equal(1001, e.ErrorCode);
        Assert.False(string.IsNullOrEmpty(e.ServerMessage));
        Assert.False(string.IsNullOrEmpty(e.RequestId));
    }

    [Fact]
    public async Task Login_with_password_gets_a_session_token_and_token_login_makes_no_call()
    {
        await using var emu = await Emulators.StartAsync();
        using var client = ContractClient.CreateAnonymous(emu);
        var session = await client.Auth.LoginAsync("bob", "bob", emu.BaseAddress.ToString(), save: false);
        Assert.StartsWith("session-", session.ApiToken, StringComparison.Ordinal);
        Assert.Null(session.Password);
        Assert.Equal("bob", (await client.Users.GetProfileAsync()).Username);
        var session1 = Assert.Single(await emu.Admin.GetRequestsAsync(path: "/v1/session"));
        Assert.Equal("?remember_me=True", session1.Query);

        await client.Auth.LoginWithTokenAsync("carol-token", emu.BaseAddress.ToString(), save: false);
        Assert.Single(await emu.Admin.GetRequestsAsync(path: "/v1/session"));
        Assert.Equal("carol", (await client.Users.GetProfileAsync()).Username);

        await client.Auth.LoginAsync("alice", "alice", emu.BaseAddress.ToString(), noSession: true, save: false);
        Assert.Equal("alice", (await client.Users.GetProfileAsync()).Username);
        Assert.Single(await emu.Admin.GetRequestsAsync(path: "/v1/session"));

        await Assert.ThrowsAsync<TileDbCloudException>(() => client.Auth.LoginAsync("alice", "bad", emu.BaseAddress.ToString(), save: false));
    }
}
