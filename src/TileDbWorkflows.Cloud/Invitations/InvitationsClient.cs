using System.Net;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Cloud.Groups;
using TileDbWorkflows.Cloud.Http;
using TileDbWorkflows.Cloud.Json;
using TileDbWorkflows.Cloud.Users;

namespace TileDbWorkflows.Cloud.Invitations;

/// <summary>HTTP implementation of <see cref="IInvitationsClient"/>.</summary>
internal sealed class InvitationsClient(TileDbHttp http) : IInvitationsClient
{
    public Task<InvitationResult> InviteToArrayAsync(TileDbUri array, IReadOnlyList<string> recipients, IReadOnlyList<ArrayAction> actions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(array);
        ArgumentNullException.ThrowIfNull(actions);
        return InviteAsync($"/v1/invitations/{array.EncodedPath}/share", recipients, r => new ArrayInvitationBody(actions, r), cancellationToken);
    }

    public Task CancelArrayInvitationAsync(TileDbUri array, string invitationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(array);
        return CancelAsync(string.Empty, invitationId, $"{array.EncodedPath}/share", cancellationToken);
    }

    public Task<InvitationResult> InviteToGroupAsync(TileDbUri group, IReadOnlyList<string> recipients, IReadOnlyList<ArrayAction> arrayActions, IReadOnlyList<GroupAction> groupActions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(arrayActions);
        ArgumentNullException.ThrowIfNull(groupActions);
        return InviteAsync($"/v1/invitations/group/{group.EncodedPath}/share", recipients, r => new GroupInvitationBody(arrayActions, groupActions, r), cancellationToken);
    }

    public Task CancelGroupInvitationAsync(TileDbUri group, string invitationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(group);
        return CancelAsync("group/", invitationId, $"{group.EncodedPath}/share", cancellationToken);
    }

    public Task<InvitationResult> InviteToOrganizationAsync(string organization, IReadOnlyList<string> recipients, OrganizationRole role, IReadOnlyList<NamespaceAction>? actions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(organization);
        return InviteAsync($"/v1/invitations/{TileDbHttp.Segment(organization)}/join", recipients, r => new OrganizationInvitationBody(role, r, actions), cancellationToken);
    }

    public Task CancelOrganizationInvitationAsync(string organization, string invitationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(organization);
        return CancelAsync(string.Empty, invitationId, $"{TileDbHttp.Segment(organization)}/join", cancellationToken);
    }

    public Task AcceptAsync(string invitationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(invitationId);
        return http.SendNoResultAsync(TileDbRequest.Post($"/v1/invitations/{TileDbHttp.Segment(invitationId)}"), cancellationToken);
    }

    private const string ListItems = "invitations";

    /// <summary>207 and 500 carry <c>failed_recipients</c>; <see cref="InviteAsync"/> reads them itself.</summary>
    private static readonly IReadOnlySet<HttpStatusCode> InvitationAnswers = new HashSet<HttpStatusCode> { HttpStatusCode.MultiStatus, HttpStatusCode.InternalServerError };

    public Task<PagedResult<Invitation>> ListAsync(InvitationFilter? filter = null, CancellationToken cancellationToken = default)
        => http.GetPageAsync<Invitation>(ListRequest(filter, filter?.Page), ListItems, cancellationToken);

    public IAsyncEnumerable<Invitation> ListAllAsync(InvitationFilter? filter = null, CancellationToken cancellationToken = default)
        => http.GetAllPagesAsync<Invitation>(page => ListRequest(filter, page), ListItems, filter?.Page, cancellationToken);

    /// <summary>Every invitation is cancelled at <c>/v1/invitations/{kind}{id}/{target}</c>; only groups have a kind (<c>group/</c>).</summary>
    private Task CancelAsync(string kind, string invitationId, string target, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(invitationId);
        return http.SendNoResultAsync(TileDbRequest.Delete($"/v1/invitations/{kind}{TileDbHttp.Segment(invitationId)}/{target}"), cancellationToken);
    }

    /// <summary>Sends the invitation body <paramref name="bodyFor"/> makes of <paramref name="recipients"/> and reads who was refused.</summary>
    private async Task<InvitationResult> InviteAsync<TBody>(string path, IReadOnlyList<string> recipients, Func<IReadOnlyList<string>, TBody> bodyFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        var body = TileDbHttp.JsonBody(bodyFor(recipients));
        // A 500 without failed_recipients is a real server error and still throws.
        // A 500 with it is final (the server tried every recipient), so no retry mode may send it again.
        var request = TileDbRequest.Post(path, body) with
        {
            AcceptStatuses = InvitationAnswers,
            IsFinalAnswer = static (s, text) => s == HttpStatusCode.InternalServerError && TryReadFailedRecipients(text, out _),
        };
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<string> failed = [];
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (response.StatusCode is HttpStatusCode.MultiStatus or HttpStatusCode.InternalServerError)
        {
            if (TryReadFailedRecipients(text, out var parsed))
            {
                failed = parsed;
            }
            else if (response.StatusCode == HttpStatusCode.InternalServerError)
            {
                throw http.Fail(request, response, text);
            }

            // A 500 that names nobody still means nobody was invited.
            if (response.StatusCode == HttpStatusCode.InternalServerError && failed.Count == 0)
            {
                failed = recipients;
            }
        }

        var failedSet = new HashSet<string>(failed, StringComparer.OrdinalIgnoreCase);
        var perRecipient = recipients.Select(r => new RecipientResult(r, !failedSet.Contains(r))).ToArray();
        return new InvitationResult(response.StatusCode, perRecipient, failed);
    }

    /// <summary>
    /// Reads an <see cref="InvitationFailedRecipients"/> document. A body that parses but never mentions
    /// <c>failed_recipients</c> (an ordinary error body) is not one: every JSON object would parse.
    /// </summary>
    internal static bool TryReadFailedRecipients(string text, out IReadOnlyList<string> failed)
    {
        failed = [];
        if (string.IsNullOrWhiteSpace(text) || !text.Contains("failed_recipients", StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            var parsed = System.Text.Json.JsonSerializer.Deserialize(text, TileDbJson.Info<InvitationFailedRecipients>());
            if (parsed is null)
            {
                return false;
            }

            failed = parsed.FailedRecipients;
            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private static TileDbRequest ListRequest(InvitationFilter? filter, int? page)
    {
        var query = new QueryBuilder()
            .Add("organization", filter?.Organization)
            .Add("array", filter?.Array)
            .Add("group", filter?.Group)
            .AddUnixSeconds("start", filter?.Start)
            .AddUnixSeconds("end", filter?.End)
            .Add("page", page)
            .Add("per_page", filter?.PerPage)
            .Add("type", filter?.Type is { } type ? WireNames.ToWire(type) : null)
            .Add("status", filter?.Status is { } status ? WireNames.ToWire(status) : null)
            .Add("orderby", filter?.OrderBy);
        return TileDbRequest.Get("/v1/invitations", query);
    }
}
