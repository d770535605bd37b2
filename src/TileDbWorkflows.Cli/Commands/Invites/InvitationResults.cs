using System.Text.Json.Serialization;
using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cloud.Invitations;

namespace TileDbWorkflows.Cli.Commands.Invites;

/// <summary>
/// The per-recipient table of an invitation request. Some recipients can fail while others succeed
/// (HTTP 207); that is reported per recipient and exits 1, so a script notices the partial failure.
/// </summary>
internal static class InvitationResults
{
    public static int Show(CliContext ctx, string target, InvitationResult result)
    {
        var invited = result.Recipients.Count(r => r.Succeeded);
        var failed = result.Recipients.Count - invited;
        if (ctx.Json)
        {
            ctx.WriteJson(new InvitationOutput(
                target,
                (int)result.StatusCode,
                result.Recipients.Select(r => new RecipientOutput(r.Recipient, r.Succeeded ? "invited" : "failed", Reason(r))).ToArray(),
                invited,
                failed));
        }
        else
        {
            ctx.Output.Table(["Recipient", "Result", "Reason"], result.Recipients.Select(r => new[] { r.Recipient, r.Succeeded ? "invited" : "failed", Reason(r) }));
            var summary = $"{target}: {invited} invited, {failed} failed";
            if (failed == 0)
            {
                ctx.Output.Success(summary);
            }
            else
            {
                ctx.Output.Error(summary);
            }
        }

        return failed == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static string? Reason(RecipientResult recipient) =>
        recipient.Succeeded ? null : TileDbWorkflows.Workflows.Invitations.Recipients.RefusalReason(recipient.Recipient);

    private sealed record InvitationOutput(
        [property: JsonPropertyName("target")] string Target,
        [property: JsonPropertyName("http_status")] int HttpStatus,
        [property: JsonPropertyName("recipients")] IReadOnlyList<RecipientOutput> Recipients,
        [property: JsonPropertyName("invited")] int Invited,
        [property: JsonPropertyName("failed")] int Failed);

    private sealed record RecipientOutput(
        [property: JsonPropertyName("recipient")] string Recipient,
        [property: JsonPropertyName("result")] string Result,
        [property: JsonPropertyName("reason")] [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason);
}
