using System.Text.RegularExpressions;
using Microsoft.DurableTask.Client;
using Microsoft.Playwright;
using TileDbWorkflows.Console.Tests.Support;
using TileDbWorkflows.Emulator.Tasks;
using TileDbWorkflows.Testing;
using TileDbWorkflows.Worker.Security;

namespace TileDbWorkflows.Console.Tests;

/// <summary>What an operator sees in the console, in headless Chromium against a real worker and the emulator.</summary>
[Collection(ConsoleFixture.Collection)]
public sealed partial class ConsoleTests(ConsoleFixture fixture)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Sign_in_takes_the_key_and_keeps_it_in_an_HttpOnly_SameSite_Strict_cookie()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.ConsoleAddress.ToString());

        var key = page.GetByLabel("API key");
        await key.FillAsync("not-the-right-key-at-all");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("That API key is not valid.");
        await ConsoleFixture.ScreenshotAsync(page, "sign-in-refused");

        await key.FillAsync(ConsoleFixture.ApiKey);
        await key.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Workflows" })).ToBeVisibleAsync();

        var cookie = Assert.Single(await page.Context.CookiesAsync(), c => c.Name == ApiKeyDefaults.CookieName);
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
        // Page scripts cannot read it.
        Assert.DoesNotContain(ConsoleFixture.ApiKey, await page.EvaluateAsync<string>("document.cookie"), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("API key")).ToBeVisibleAsync();
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == ApiKeyDefaults.CookieName);
    }

    [Fact]
    public async Task A_code_in_the_address_signs_in_and_leaves_the_address_bar()
    {
        var page = await fixture.SignedInPageAsync();

        Assert.DoesNotContain("code=", page.Url, StringComparison.Ordinal);
        var wrong = await fixture.NewPageAsync();
        await wrong.GotoAsync($"{fixture.ConsoleAddress}?code=wrong-key-wrong-key-wrong");
        await Assertions.Expect(wrong.GetByRole(AriaRole.Alert)).ToHaveTextAsync("That API key is not valid.");
    }

    [Fact]
    public async Task An_onboarding_shows_every_phase_reaching_100_percent_and_its_report()
    {
        // From a fresh emulator, so the report shows what a first run creates (and the README's screenshot does too).
        await fixture.Emulator.Admin.ResetAsync();
        var id = await fixture.StartOnboardingAsync(Plans.Sample, "console-sample");
        var page = await fixture.SignedInPageAsync();

        // The list: newest first, the sharing sub-orchestration folded under its parent.
        var row = page.Locator($"tr[data-id='{id}']");
        await Eventually.WaitUntilAsync(async _ =>
        {
            await page.ReloadAsync();
            return await row.CountAsync() == 1;
        }, Deadline, "the workflow in the list", TimeSpan.FromMilliseconds(500));
        await Assertions.Expect(page.Locator($"tr[data-id='{id}:sharing']")).ToBeHiddenAsync();

        await row.GetByRole(AriaRole.Link, new() { Name = "OnboardingOrchestrator" }).ClickAsync();
        await Assertions.Expect(page.Locator("#wf-status")).ToHaveTextAsync("Completed", new() { Timeout = (float)Deadline.TotalMilliseconds });
        await Assertions.Expect(page.Locator("#wf-progress")).ToContainTextAsync("100%");
        foreach (var bar in await page.Locator("#wf-phases progress").AllAsync())
        {
            Assert.Equal("100", await bar.GetAttributeAsync("value"));
        }
        // The same numbers as the status API (the one source `tdbw workflows watch` reads too).
        var status = await fixture.Worker.Client.GetInstanceAsync(id, getInputsAndOutputs: true);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, status!.RuntimeStatus);
        await Assertions.Expect(page.Locator("#wf-counts li[data-outcome='failed'] .n")).ToHaveTextAsync("0");
        await Assertions.Expect(page.Locator("#wf-timeline")).ToContainTextAsync("sharing");
        await Assertions.Expect(page.Locator("#wf-report tbody tr").First).ToBeVisibleAsync();

        await page.GetByLabel("Search").FillAsync("sensor_sites");
        foreach (var item in await page.Locator("#wf-report tbody tr").AllAsync())
        {
            Assert.Contains("sensor_sites", await item.InnerTextAsync(), StringComparison.Ordinal);
        }
        await page.GetByLabel("Search").FillAsync(string.Empty);
        await page.Locator("#wf-report input").BlurAsync();
        await ConsoleFixture.ScreenshotAsync(page, "workflow-completed");

        // Phone width: the page reflows instead of scrolling sideways.
        await page.SetViewportSizeAsync(390, 844);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the workflow page scrolls sideways at phone width");
        await ConsoleFixture.ScreenshotAsync(page, "workflow-completed-phone");
    }

    [Fact]
    public async Task A_failed_item_shows_its_reason()
    {
        var id = await fixture.StartOnboardingAsync(Plans.WithMissingGroupMember("failing"), "console-failing");
        var page = await fixture.SignedInPageAsync($"#/workflows/{id}");

        await Assertions.Expect(page.Locator("#wf-status")).ToHaveTextAsync("Completed", new() { Timeout = (float)Deadline.TotalMilliseconds });
        await page.GetByLabel("Outcome").SelectOptionAsync("failed");
        var failed = page.Locator("#wf-report tbody tr");
        await Assertions.Expect(failed).ToHaveCountAsync(1);
        await Assertions.Expect(failed).ToContainTextAsync("ghost_array");
        await Assertions.Expect(failed).ToContainTextAsync("is neither a registered array nor a group");
        await Assertions.Expect(page.Locator("#wf-counts li[data-outcome='failed'] .n")).ToHaveTextAsync("1");
        await ConsoleFixture.ScreenshotAsync(page, "workflow-failed-item");
    }

    [Fact]
    public async Task Terminate_asks_for_confirmation_and_ends_the_workflow()
    {
        // The follow-up SQL task runs long, so the workflow is still polling it when the operator terminates.
        await fixture.Emulator.Admin.SetTaskBehaviorAsync(new TaskBehaviorSpec { Default = new TaskBehaviorRule { QueuedMs = 20, RunningMs = 600_000 } });
        try
        {
            var id = await fixture.StartOnboardingAsync(Plans.SampleWithTask("long check for terminate"), "console-terminate");
            var page = await fixture.SignedInPageAsync($"#/workflows/{id}");
            await Assertions.Expect(page.Locator("#wf-status")).ToHaveTextAsync(RunningPattern());

            await page.GetByRole(AriaRole.Button, new() { Name = "Terminate" }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await Assertions.Expect(dialog).ToBeVisibleAsync();
            // Cancel first: nothing happens.
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
            Assert.NotEqual(OrchestrationRuntimeStatus.Terminated, (await fixture.Worker.Client.GetInstanceAsync(id))!.RuntimeStatus);

            await page.GetByRole(AriaRole.Button, new() { Name = "Terminate" }).ClickAsync();
            await dialog.GetByLabel("Reason").FillAsync("stopped from the console test");
            await ConsoleFixture.ScreenshotAsync(page, "terminate-confirm");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Terminate" }).ClickAsync();

            await Assertions.Expect(page.Locator("#wf-status")).ToHaveTextAsync("Terminated", new() { Timeout = (float)Deadline.TotalMilliseconds });
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Terminate" })).ToBeDisabledAsync();
            var instance = await fixture.Worker.Client.GetInstanceAsync(id, getInputsAndOutputs: true);
            Assert.Equal(OrchestrationRuntimeStatus.Terminated, instance!.RuntimeStatus);
            await ConsoleFixture.ScreenshotAsync(page, "workflow-terminated");
        }
        finally
        {
            await fixture.Emulator.Admin.ClearTaskBehaviorAsync();
        }
    }

    [Fact]
    public async Task A_plan_file_starts_only_after_its_dry_run()
    {
        var page = await fixture.SignedInPageAsync("#/start");

        var apply = page.GetByRole(AriaRole.Button, new() { Name = "Apply plan" });
        await page.GetByLabel("Onboarding plan (JSON file)").SetInputFilesAsync(Plans.SamplePath);
        await page.GetByLabel("Idempotency key").FillAsync("console-from-file");
        await Assertions.Expect(apply).ToBeDisabledAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Dry run" }).ClickAsync();
        await Assertions.Expect(page.Locator("#plan-result")).ToContainTextAsync("Dry run finished", new() { Timeout = (float)Deadline.TotalMilliseconds });
        await ConsoleFixture.ScreenshotAsync(page, "plan-dry-run");
        Assert.Null(await fixture.Worker.Client.GetInstanceAsync("onboarding-console-from-file"));

        page.Dialog += (_, confirm) => confirm.AcceptAsync();
        await apply.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("#/workflows/onboarding-console-from-file$"));
        await Assertions.Expect(page.Locator("#wf-status")).ToHaveTextAsync("Completed", new() { Timeout = (float)Deadline.TotalMilliseconds });
    }

    [GeneratedRegex("Running|Pending")]
    private static partial Regex RunningPattern();
}
