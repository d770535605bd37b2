using System.Net;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using TileDbWorkflows.Storage.InMemory;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Payloads;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Workflows.Tests.Issues;

/// <summary>
/// Issue 15: <c>"kind": "team"</c> answered one error naming a .NET type and hid the plan's other errors; numbers were
/// accepted for enums; a duplicate key silently won; <c>tiledb://demo</c>, <c>tiledb://demo/a/b</c>,
/// <c>tiledb://de mo/x</c> and <c>bad@</c> passed; only the first type error was named; a sweep manifest could be a
/// path. Every problem must come back by field path in one 400, before anything is scheduled (the strict client
/// mock fails the test on any call), through the one parse + validate step HTTP and the queue share.
/// </summary>
public sealed class RequestValidationTests
{
    private readonly WorkflowApi _api = new(NullLogger<WorkflowApi>.Instance, TimeProvider.System,
        WorkflowPayloads.Over(new InMemoryBlobDocumentStore(), Options.Create(new WorkflowOptions())));
    private readonly DurableTaskClient _client = new Mock<DurableTaskClient>(MockBehavior.Strict, "strict").Object;

    private async Task<IReadOnlyDictionary<string, string[]>> RefusedAsync(ApiRoute route, string body)
    {
        var response = await route.Handle(_api, _client, new ApiRequest(body, null, _ => null, null, "http://localhost/api", CancellationToken.None));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = Assert.IsType<ProblemDetailsBody>(response.Body);
        Assert.DoesNotContain("System.", problem.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("TileDbWorkflows.", problem.Detail, StringComparison.Ordinal);
        return problem.Errors!;
    }

    [Fact]
    public async Task An_unknown_kind_names_the_accepted_values_and_hides_no_other_error()
    {
        var errors = await RefusedAsync(ApiRouteTable.StartOnboarding, """
            {
              "namespace": "demo",
              "invitations": [
                { "kind": "team", "target": "a", "recipients": ["bob"] },
                { "kind": 1, "target": "tiledb://de mo/x", "recipients": ["bad@"], "groupActions": ["read"] }
              ],
              "shares": [ { "assets": ["tiledb://demo/a/b"], "users": ["bob"], "actions": ["read"] } ]
            }
            """);

        Assert.Contains("array, group, organization", Assert.Single(errors["invitations[0].kind"]), StringComparison.Ordinal);
        Assert.Contains("array, group, organization", Assert.Single(errors["invitations[1].kind"]), StringComparison.Ordinal);
        Assert.True(errors.ContainsKey("invitations[1].recipients[0]"), string.Join(", ", errors.Keys));
        Assert.True(errors.ContainsKey("shares[0].assets[0]"), string.Join(", ", errors.Keys));
    }

    [Fact]
    public async Task A_duplicate_key_is_refused_by_its_path()
    {
        var errors = await RefusedAsync(ApiRouteTable.StartOnboarding, """{ "namespace": "demo", "namespace": "other", "arrays": [ { "name": "a", "name": "b", "storageUri": "s3://b/a" } ] }""");

        Assert.Contains("more than once", Assert.Single(errors["namespace"]), StringComparison.Ordinal);
        Assert.Contains("more than once", Assert.Single(errors["arrays[0].name"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_type_error_is_named_not_only_the_first()
    {
        var errors = await RefusedAsync(ApiRouteTable.StartOnboarding, """{ "namespace": 5, "arrays": { }, "invitations": [ { "kind": "array", "target": "t", "recipients": "bob", "actions": ["read"] } ] }""");

        Assert.Contains("namespace", errors.Keys);
        Assert.Contains("arrays", errors.Keys);
        Assert.Contains("invitations[0].recipients", errors.Keys);
    }

    [Theory]
    [InlineData("tiledb://demo")]
    [InlineData("tiledb://demo/a/b")]
    [InlineData("tiledb://de mo/x")]
    public async Task A_bulk_invitation_to_a_target_that_is_not_namespace_slash_name_is_refused(string target)
    {
        var body = $$"""{ "requestId": "r1", "kind": "array", "target": "{{target}}", "recipients": ["bob"], "actions": ["read"] }""";

        var errors = await RefusedAsync(ApiRouteTable.StartInvitations, body);
        var queued = await _api.HandleBulkInvitationMessageAsync(_client, body, CancellationToken.None);

        Assert.Contains("target", errors.Keys);
        Assert.Equal(QueueMessageOutcome.Malformed, queued.Outcome);
        Assert.Contains("target:", queued.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_email_is_refused_on_the_queue_too()
    {
        var queued = await _api.HandleBulkInvitationMessageAsync(_client, """{ "requestId": "r2", "kind": "array", "target": "tiledb://demo/a", "recipients": ["ok@example.org", "bad@"], "actions": ["read"] }""", CancellationToken.None);

        Assert.Equal(QueueMessageOutcome.Malformed, queued.Outcome);
        Assert.Contains("recipients[1]", queued.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../secret.json")]
    [InlineData("team/nightly.json")]
    [InlineData("..")]
    public async Task A_sweep_manifest_must_be_a_name_not_a_path(string manifest)
    {
        var errors = await RefusedAsync(ApiRouteTable.StartSweep, $$"""{ "manifest": "{{manifest}}" }""");

        Assert.Contains("manifest", errors.Keys);
    }

    [Fact]
    public async Task A_body_that_is_not_json_says_so_and_still_names_a_bad_field_read_before_the_error()
    {
        var queued = await _api.HandleBulkInvitationMessageAsync(_client, """{ "requestId": "bad-1", "kind": "array", "recipients": "not a list" """, CancellationToken.None);

        Assert.Equal(QueueMessageOutcome.Malformed, queued.Outcome);
        Assert.Contains("recipients:", queued.Reason, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", queued.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", queued.Reason, StringComparison.Ordinal);
    }
}
