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
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(actions);
        var body = new ArrayInvitationBody { Actions = actions, InviteeEmail = recipients };
        return InviteAsync($"/v1/invitations/{array.EncodedPath}/share", TileDbHttp.JsonBody(body), recipients, cancellationToken);
    }

    public Task CancelArrayInvitationAsync(TileDbUri array, string invitationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(array);
        ArgumentException.ThrowIfNullOrEmpty(invitationId);
        return http.SendNoResultAsync(HttpMethod.Delete, $"/v1/invitations/{TileDbHttp.Segment(invitationId)}/{array.EncodedPath}/share", null, cancellationToken);
    }

    public Task<InvitationResult> InviteToGroupAsync(TileDbUri group, IReadOnlyList<string> recipients, IReadOnlyList<ArrayAction> arrayActions, IReadOnlyList<GroupAction> groupActions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(arrayActions);
        ArgumentNullException.ThrowIfNull(groupActions);
        var body = new GroupInvitationBody { ArrayActions = arrayActions, GroupActions = groupActions, InviteeEmailOrName = recipients };
        return InviteAsync($"/v1/invitations/group/{group.EncodedPath}/share", TileDbHttp.JsonBody(body), recipients, cancellationToken);
    }

    public Task CancelGroupInvitationAsync(TileDbUri group, string invitationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentException.ThrowIfNullOrEmpty(invitationId);
        return http.SendNoResultAsync(HttpMethod.Delete, $"/v1/invitations/group/{TileDbHttp.Segment(invitationId)}/{group.EncodedPath}/share", null, cancellationToken);
    }

    public Task<InvitationResult> InviteToOrganizationAsync(string organization, IReadOnlyList<string> recipients, OrganizationRole role, IReadOnlyList<NamespaceAction>? actions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(organization);
        ArgumentNullException.ThrowIfNull(recipients);
        var body = new OrganizationInvitationBody { OrganizationRole = role, InviteeEmail = recipients, Actions = actions };
        return InviteAsync($"/v1/invitations/{TileDbHttp.Segment(organization)}/join", TileDbHttp.JsonBody(body), recipients, cancellationToken);
    }

    public Task CancelOrganizationInvitationAsync(string organization, string invitationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(organization);
        ArgumentException.ThrowIfNullOrEmpty(invitationId);
        return http.SendNoResultAsync(HttpMethod.Delete, $"/v1/invitations/{TileDbHttp.Segment(invitationId)}/{TileDbHttp.Segment(organization)}/join", null, cancellationToken);
    }

    public Task AcceptAsync(string invitationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(invitationId);
        return http.SendNoResultAsync(HttpMethod.Post, $"/v1/invitations/{TileDbHttp.Segment(invitationId)}", null, cancellationToken);
    }

    public async Task<PagedResult<Invitation>> ListAsync(InvitationFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var data = await http.GetAsync<InvitationData>(ListPath(filter, filter?.Page), cancellationToken).ConfigureAwait(false);
        return new PagedResult<Invitation>(data.Invitations, data.PaginationMetadata);
    }

    public IAsyncEnumerable<Invitation> ListAllAsync(InvitationFilter? filter = null, CancellationToken cancellationToken = default)
        => TileDbHttp.AllPagesAsync(
            async (page, ct) =>
            {
                var data = await http.GetAsync<InvitationData>(ListPath(filter, page), ct).ConfigureAwait(false);
                return new PagedResult<Invitation>(data.Invitations, data.PaginationMetadata);
            },
            filter?.Page,
            cancellationToken);

    private async Task<InvitationResult> InviteAsync(string path, HttpContent body, IReadOnlyList<string> recipients, CancellationToken cancellationToken)
    {
        // 207 and 500 carry failed_recipients; a 500 without that body is a real server error and still throws.
        // A 500 with it is final (the server tried every recipient), so no retry mode may send it again.
        using var response = await http.SendAsync(
            HttpMethod.Post,
            path,
            body,
            cancellationToken,
            accept: s => s is HttpStatusCode.MultiStatus or HttpStatusCode.InternalServerError,
            finalAnswer: static (s, text) => s == HttpStatusCode.InternalServerError && TryReadFailedRecipients(text, out _)).ConfigureAwait(false);
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
                throw http.Fail(HttpMethod.Post, path, response, text);
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

    private static string ListPath(InvitationFilter? filter, int? page)
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
        return "/v1/invitations" + query;
    }
}
