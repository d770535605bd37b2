using System.Net;
using System.Text;
using System.Text.Json;
using TileDbWorkflows.Emulator;
using TileDbWorkflows.Worker.Security;
using TileDbWorkflows.Worker.Tests.Support;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Worker.Tests.Security;

/// <summary>
/// The workflow routes of the full composition (InMemory backend, no storage) over real HTTP: each one refuses a
/// request without a key or with a wrong key, and answers with the right key in the header or the code query.
/// </summary>
public sealed class WorkflowRouteAuthTests : IAsyncLifetime
{
    // Test-only value, not a credential of anything.
    private const string Key = "route-key-0123456789abcdef";

    private EmulatorServer emulator = null!;
    private RunningWorker worker = null!;

    /// <summary>Every route of the shared table (an unknown id where it takes one), plus the onboarding dry run.</summary>
    public static TheoryData<string, string> Routes
    {
        get
        {
            var routes = new TheoryData<string, string>();
            foreach (var route in ApiRouteTable.All)
            {
                routes.Add(route.Method.ToUpperInvariant(), $"/{ApiRoutes.Prefix}/{ApiRoutes.ForId(route.Template, "some-id")}");
            }
            routes.Add("POST", $"/{ApiRoutes.Prefix}/{ApiRoutes.Onboarding}?dryRun=true");
            return routes;
        }
    }

    [Fact]
    public void The_route_list_covers_the_whole_table()
    {
        Assert.Equal(18, Routes.Count);
    }

    public async Task InitializeAsync()
    {
        emulator = await EmulatorServer.StartAsync();
        worker = await RunningWorker.StartWorkflowWorkerAsync(new Dictionary<string, string?>
        {
            ["Worker:ApiKey"] = Key,
            ["TileDb:ServerAddress"] = emulator.BaseAddress.ToString().TrimEnd('/'),
            ["TileDb:ApiToken"] = "demo-token",
            ["TileDb:UseConfigFile"] = "false",
        });
    }

    public async Task DisposeAsync()
    {
        await worker.DisposeAsync();
        await emulator.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_without_a_key_is_refused(string method, string path)
    {
        using var response = await SendAsync(method, path, key: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_with_a_wrong_key_is_refused(string method, string path)
    {
        using var response = await SendAsync(method, path, key: "wrong-key-0123456789abcdef");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_with_the_right_key_is_answered_by_the_workflow_api(string method, string path)
    {
        using var response = await SendAsync(method, path, Key);

        // An empty body is a validation error, an unknown id is not found, the list is a list, and the sweep is refused
        // because this composition has no blob storage (issue 15): all from WorkflowApi.
        var expected = method == "GET" && path == "/api/workflows" ? HttpStatusCode.OK
            : path.StartsWith("/api/workflows/", StringComparison.Ordinal) ? HttpStatusCode.NotFound
            : path == "/api/sweeps" ? HttpStatusCode.ServiceUnavailable
            : HttpStatusCode.BadRequest;
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Key_in_the_code_query_opens_a_workflow_route()
    {
        using var response = await worker.Http.GetAsync(new Uri($"/api/workflows/some-id?code={Key}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Validation_errors_come_back_as_problem_details_by_field()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/onboarding")
        {
            Content = new StringContent("""{ "namespace": "", "arrays": [] }""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(ApiKeyDefaults.HeaderName, Key);

        using var response = await worker.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("namespace", out _), problem.RootElement.ToString());
    }

    private async Task<HttpResponseMessage> SendAsync(string method, string path, string? key)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (key is not null)
        {
            request.Headers.Add(ApiKeyDefaults.HeaderName, key);
        }
        if (method == "POST")
        {
            request.Content = new StringContent(string.Empty, Encoding.UTF8, "application/json");
        }
        return await worker.Http.SendAsync(request);
    }
}
