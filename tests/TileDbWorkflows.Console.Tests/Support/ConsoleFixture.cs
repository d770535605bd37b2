using System.Net.Http.Headers;
using System.Text;
using Microsoft.Playwright;
using TileDbWorkflows.Emulator;
using TileDbWorkflows.Testing;
using TileDbWorkflows.Worker.Security;
using TileDbWorkflows.Worker.Tests.Support;

namespace TileDbWorkflows.Console.Tests.Support;

/// <summary>
/// One emulator, one real worker on loopback (the whole composition of Program.cs, in-memory durable backend) and one
/// headless Chromium for every console test; each test opens its own browser context, so no cookie leaks between them.
/// </summary>
public sealed class ConsoleFixture : IAsyncLifetime
{
    public const string Collection = "console";

    public const string ApiKey = "console-test-key-0123456789";

    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    internal RunningWorker Worker { get; private set; } = null!;

    public EmulatorServer Emulator { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Uri ConsoleAddress => new(Worker.Http.BaseAddress!, "/console/");

    /// <summary>Screenshots land in TestResults/console/, which scripts/test.sh keeps as the run's artifacts.</summary>
    public static string ScreenshotDirectory { get; } = Directory.CreateDirectory(Path.Combine(RepoRoot.Path, "TestResults", "console")).FullName;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: apt-get install -y chromium (.ci/run does).");
        }
        Emulator = await EmulatorServer.StartAsync();
        Worker = await RunningWorker.StartWorkflowWorkerAsync(new Dictionary<string, string?>
        {
            ["Worker:ApiKey"] = ApiKey,
            ["TileDb:ServerAddress"] = Emulator.BaseAddress.ToString().TrimEnd('/'),
            ["TileDb:ApiToken"] = "demo-token", // The emulator's well-known token of its seeded user 'demo'.
            ["TileDb:UseConfigFile"] = "false",
            ["Workflows:RetryFirstInterval"] = "00:00:01",
            ["Workflows:TaskPollInterval"] = "00:00:01",
            ["Workflows:TaskPollBackoffCoefficient"] = "1",
        });
        Worker.Http.DefaultRequestHeaders.Add(ApiKeyDefaults.HeaderName, ApiKey);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>Opens the console already signed in, the way a bookmarked link with <c>?code=</c> does.</summary>
    public async Task<IPage> SignedInPageAsync(string hash = "", int width = 1280, int height = 800)
    {
        var page = await NewPageAsync(width, height);
        await page.GotoAsync($"{ConsoleAddress}?code={ApiKey}");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Workflows" }).WaitForAsync();
        if (hash.Length > 0)
        {
            await page.GotoAsync(ConsoleAddress + hash);
        }
        return page;
    }

    /// <summary>Starts an onboarding over the API, as any client would; the console only watches it.</summary>
    public async Task<string> StartOnboardingAsync(string plan, string idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/onboarding")
        {
            Content = new StringContent(plan, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        using var response = await Worker.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return $"onboarding-{idempotencyKey}";
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        playwright?.Dispose();
        if (Worker is not null)
        {
            await Worker.DisposeAsync();
        }
        if (Emulator is not null)
        {
            await Emulator.DisposeAsync();
        }
    }
}
