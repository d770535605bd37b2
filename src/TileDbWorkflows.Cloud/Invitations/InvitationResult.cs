using System.Net;

namespace TileDbWorkflows.Cloud.Invitations;

/// <summary>
/// Per-recipient outcome of an invitation request. The service answers 204 (all sent), 207 (some failed)
/// or 500 (all failed) with <c>failed_recipients</c>; the Python client ignores that body, this client
/// never drops it.
/// </summary>
/// <param name="StatusCode">HTTP status of the answer.</param>
/// <param name="Recipients">One entry per requested recipient, in request order.</param>
/// <param name="FailedRecipients">Recipients the server reported as failed, as sent by the server.</param>
public sealed record InvitationResult(HttpStatusCode StatusCode, IReadOnlyList<RecipientResult> Recipients, IReadOnlyList<string> FailedRecipients)
{
    /// <summary>True when every recipient was invited.</summary>
    public bool AllSucceeded => FailedRecipients.Count == 0;

    /// <summary>Recipients that were invited.</summary>
    public IEnumerable<string> Succeeded => Recipients.Where(r => r.Succeeded).Select(r => r.Recipient);

    /// <summary>Recipients that were not invited.</summary>
    public IEnumerable<string> Failed => Recipients.Where(r => !r.Succeeded).Select(r => r.Recipient);
}
