using TileDbWorkflows.Cloud;
using TileDbWorkflows.Workflows.Common;

namespace TileDbWorkflows.Workflows.Tests.Unit;

/// <summary>The one mapping from error kind to workflow outcome, and the one credentials translation.</summary>
public sealed class CloudErrorsTests
{
    [Theory]
    [InlineData(TileDbErrorKind.NotLoggedIn, CloudErrorOutcome.FailWorkflow)]
    [InlineData(TileDbErrorKind.Unauthorized, CloudErrorOutcome.FailWorkflow)]
    [InlineData(TileDbErrorKind.Forbidden, CloudErrorOutcome.FailItem)]
    [InlineData(TileDbErrorKind.NotFound, CloudErrorOutcome.FailItem)]
    [InlineData(TileDbErrorKind.Conflict, CloudErrorOutcome.FailItem)]
    [InlineData(TileDbErrorKind.Invalid, CloudErrorOutcome.FailItem)]
    [InlineData(TileDbErrorKind.Capacity, CloudErrorOutcome.Retry)]
    [InlineData(TileDbErrorKind.RateLimited, CloudErrorOutcome.Retry)]
    [InlineData(TileDbErrorKind.Transient, CloudErrorOutcome.Retry)]
    [InlineData(TileDbErrorKind.Unknown, CloudErrorOutcome.Retry)]
    public void Each_kind_has_one_outcome(TileDbErrorKind kind, CloudErrorOutcome expected)
        => Assert.Equal(expected, CloudErrors.OutcomeOf(new TileDbCloudException("x", kind)));

    [Fact]
    public async Task Not_logged_in_leaves_as_credentials_rejected()
    {
        var ex = await Assert.ThrowsAsync<TileDbCredentialsRejectedException>(
            () => CloudErrors.RejectingCredentialsAsync<int>(() => throw TileDbCloudException.LoginRequired()));

        Assert.IsType<TileDbCloudException>(ex.InnerException);
    }

    [Fact]
    public async Task Other_errors_pass_through_unchanged()
    {
        var original = TileDbCloudException.FromResponse(System.Net.HttpStatusCode.NotFound, null);

        var ex = await Assert.ThrowsAsync<TileDbCloudException>(() => CloudErrors.RejectingCredentialsAsync<int>(() => throw original));

        Assert.Same(original, ex);
    }
}
