using Microsoft.DurableTask.Client;
using Moq;
using TileDbWorkflows.Functions.Http;
using TileDbWorkflows.Functions.Tests.Support;
using TileDbWorkflows.Workflows.Onboarding;

namespace TileDbWorkflows.Functions.Tests.Http;

public sealed class OnboardingDryRunTests
{
    [Fact]
    public async Task DryRun_true_schedules_a_dry_run_instance_and_answers_200_with_its_outcome()
    {
        var client = new FakeDurableClient();
        client.Mock.Setup(c => c.WaitForInstanceCompletionAsync("onboarding-dryrun-plan-7", true, It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => client.Add("onboarding-dryrun-plan-7", nameof(OnboardingOrchestrator), OrchestrationRuntimeStatus.Completed));

        var result = await ExecutedResult.RunAsync(await new StartOnboardingFunction(Api.Create()).StartOnboarding(
            HttpRequests.Create("POST", "onboarding", Bodies.Onboarding, idempotencyKey: "plan-7", query: "dryRun=true"), client.Object, default));

        var scheduled = Assert.Single(client.Scheduled);
        Assert.Equal("onboarding-dryrun-plan-7", scheduled.InstanceId);
        Assert.True(Assert.IsType<OnboardingInput>(scheduled.Input).DryRun);
        Assert.Equal(200, result.Status);
        Assert.Equal("Completed", result.Json.GetProperty("status").GetString());
    }

    [Fact]
    public async Task DryRun_false_is_a_real_run()
    {
        var client = new FakeDurableClient();

        var result = await ExecutedResult.RunAsync(await new StartOnboardingFunction(Api.Create()).StartOnboarding(
            HttpRequests.Create("POST", "onboarding", Bodies.Onboarding, idempotencyKey: "plan-8", query: "dryRun=False"), client.Object, default));

        Assert.Equal(202, result.Status);
        Assert.Equal("onboarding-plan-8", Assert.Single(client.Scheduled).InstanceId);
    }

    [Fact]
    public async Task A_dryRun_value_that_is_not_a_boolean_answers_400_and_starts_nothing()
    {
        var client = new FakeDurableClient();

        var result = await ExecutedResult.RunAsync(await new StartOnboardingFunction(Api.Create()).StartOnboarding(
            HttpRequests.Create("POST", "onboarding", Bodies.Onboarding, query: "dryRun=yes"), client.Object, default));

        client.VerifyNothingScheduled();
        Assert.Equal(400, result.Status);
        Assert.True(result.Json.GetProperty("errors").TryGetProperty("dryRun", out _));
    }
}
