using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using TileDbWorkflows.Worker.Security;
using TileDbWorkflows.Worker.Tests.Support;

namespace TileDbWorkflows.Worker.Tests.Security;

/// <summary>Over real HTTP against the real composition, with a stand-in route where the workflow routes will go.</summary>
public sealed class ApiKeyTests
{
    // Test-only value, not a credential of anything.
    private const string Key = "test-key-0123456789abcdef";

    [Fact]
    public async Task Request_without_a_key_gets_401_problem_details()
    {
        await using var worker = await StartAsync(allowAnonymousLoopback: false);

        using var response = await worker.Http.GetAsync(new Uri("/api/ping", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal(401, problem?.Status);
    }

    [Fact]
    public async Task Request_with_a_wrong_key_gets_401_and_the_key_is_not_echoed()
    {
        await using var worker = await StartAsync(allowAnonymousLoopback: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/ping");
        request.Headers.Add(ApiKeyDefaults.HeaderName, "wrong-key-0123456789abcdef");

        using var response = await worker.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("wrong-key", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Key_in_the_functions_header_is_accepted()
    {
        await using var worker = await StartAsync(allowAnonymousLoopback: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/ping");
        request.Headers.Add(ApiKeyDefaults.HeaderName, Key);

        using var response = await worker.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Key_in_the_code_query_is_accepted()
    {
        await using var worker = await StartAsync(allowAnonymousLoopback: false);

        using var response = await worker.Http.GetAsync(new Uri($"/api/ping?code={Uri.EscapeDataString(Key)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Second_configured_key_is_accepted_for_rotation()
    {
        await using var worker = await StartAsync(allowAnonymousLoopback: false, extraKey: "next-key-0123456789abcdef");

        using var response = await worker.Http.GetAsync(new Uri("/api/ping?code=next-key-0123456789abcdef", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Health_endpoint_needs_no_key()
    {
        await using var worker = await StartAsync(allowAnonymousLoopback: false);

        using var response = await worker.Http.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Loopback_is_open_without_a_key_when_configured()
    {
        await using var worker = await StartAsync(allowAnonymousLoopback: true);

        using var response = await worker.Http.GetAsync(new Uri("/api/ping", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Loopback_still_refuses_a_wrong_key_when_open()
    {
        await using var worker = await StartAsync(allowAnonymousLoopback: true);

        using var response = await worker.Http.GetAsync(new Uri("/api/ping?code=wrong-key-0123456789abcdef", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("10.1.2.3")]
    [InlineData("192.168.0.10")]
    [InlineData("2001:db8::1")]
    public async Task Non_loopback_callers_need_a_key_even_when_loopback_is_open(string remoteAddress)
    {
        // A real socket from another machine is not available in a test; the handler sees only the connection's
        // remote address, so set that on a request context and authenticate through the registered scheme.
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Worker:AllowAnonymousLoopback"] = "true" })
            .Build());
        services.AddWorkerApiKeyAuthentication();
        await using var provider = services.BuildServiceProvider();
        // One scope per request, as ASP.NET Core does: authentication handlers are cached per scope.
        await using var request = provider.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = request.ServiceProvider };
        context.Connection.RemoteIpAddress = IPAddress.Parse(remoteAddress);

        var result = await context.AuthenticateAsync(ApiKeyDefaults.AuthenticationScheme);

        Assert.False(result.Succeeded);

        // The same setup does open for loopback, so the refusal above is about the address.
        await using var loopbackRequest = provider.CreateAsyncScope();
        var loopback = new DefaultHttpContext { RequestServices = loopbackRequest.ServiceProvider };
        loopback.Connection.RemoteIpAddress = IPAddress.IPv6Loopback;
        var opened = await loopback.AuthenticateAsync(ApiKeyDefaults.AuthenticationScheme);
        Assert.True(opened.Succeeded);
    }

    [Fact]
    public async Task Worker_without_a_key_and_without_loopback_opt_in_refuses_to_start()
    {
        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            RunningWorker.StartAsync(new Dictionary<string, string?>(), map: MapPing));

        Assert.Contains("Worker:ApiKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_comparison_matches_only_equal_keys()
    {
        Assert.True(ApiKeyComparer.Matches(Key, [Key]));
        Assert.True(ApiKeyComparer.Matches(Key, ["other-key-0123456789abcdef", Key]));
        Assert.False(ApiKeyComparer.Matches(Key + "x", [Key]));
        Assert.False(ApiKeyComparer.Matches(Key[..^1], [Key]));
        Assert.False(ApiKeyComparer.Matches(Key, []));
    }

    private static Task<RunningWorker> StartAsync(bool allowAnonymousLoopback, string? extraKey = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Worker:ApiKey"] = Key,
            ["Worker:AllowAnonymousLoopback"] = allowAnonymousLoopback ? "true" : "false",
        };
        if (extraKey is not null)
        {
            settings["Worker:ApiKeys:0"] = extraKey;
        }
        return RunningWorker.StartAsync(settings, map: MapPing);
    }

    private static void MapPing(WebApplication app) => app.MapGet("/api/ping", () => "pong");
}
