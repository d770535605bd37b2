using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly.Timeout;
using TileDbWorkflows.Cloud.Json;
using TileDbWorkflows.Cloud.Logging;

namespace TileDbWorkflows.Cloud.Http;

/// <summary>
/// The one place requests are built and answers checked: server address from the current session, auth
/// headers, Content-Type on every request (the Python client always sends it), JSON in and out, and error
/// bodies turned into <see cref="TileDbCloudException"/>.
/// </summary>
internal sealed class TileDbHttp(HttpClient http, TileDbCloudState state)
{
    public const string ApiKeyHeader = "X-TILEDB-REST-API-KEY";
    public const string TaskIdHeader = "X-TILEDB-CLOUD-TASK-ID";
    public const string CredentialsNameHeader = "X-TILEDB-CLOUD-ACCESS-CREDENTIALS-NAME";

    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public TileDbCloudState State => state;

    /// <summary>Sends <paramref name="request"/> and reads its JSON answer.</summary>
    public async Task<T> SendAsync<T>(TileDbRequest request, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        return await ReadAsync<T>(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends <paramref name="request"/> for its effect; the answer's body is not read.</summary>
    public async Task SendNoResultAsync(TileDbRequest request, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    public static HttpContent JsonBody<T>(T value)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, TileDbJson.Info<T>()));
        content.Headers.ContentType = Json;
        return content;
    }

    /// <summary>
    /// Sends one request; throws <see cref="TileDbCloudException"/> for any non-2xx status that
    /// <see cref="TileDbRequest.AcceptStatuses"/> does not let through. The caller disposes the response.
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(TileDbRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var session = request.Session ?? state.RequireSession();
        state.WarnIfTlsVerificationOff(session);
        using var message = new HttpRequestMessage(request.Method, new Uri(session.ServerAddress + request.PathAndQuery, UriKind.Absolute));
        message.Content = request.Body ?? new ByteArrayContent([]);
        message.Content.Headers.ContentType ??= Json;
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (!string.IsNullOrEmpty(session.ApiToken))
        {
            message.Headers.TryAddWithoutValidation(ApiKeyHeader, session.ApiToken);
        }

        if (session.HasBasicAuth)
        {
            var raw = Convert.ToBase64String(Encoding.UTF8.GetBytes(session.Username + ":" + session.Password));
            message.Headers.Authorization = new AuthenticationHeaderValue("Basic", raw);
        }

        if (!string.IsNullOrEmpty(request.AccessCredentialsName))
        {
            message.Headers.TryAddWithoutValidation(CredentialsNameHeader, request.AccessCredentialsName);
        }

        if (request.IsFinalAnswer is { } rule)
        {
            FinalAnswer.SetRule(message, rule);
        }

        using var operation = TileDbTelemetry.StartOperation(request);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            TileDbTelemetry.Complete(operation, request, null, ex);
            if (ex is HttpRequestException or TimeoutRejectedException)
            {
                CloudLog.RequestError(state.Logger, request.Method.Method, request.Path, ex.GetType().Name, ex);
                throw NoAnswer(request, ex);
            }
            throw;
        }

        TileDbTelemetry.Complete(operation, request, response.StatusCode);
        if (response.IsSuccessStatusCode || request.AcceptStatuses.Contains(response.StatusCode))
        {
            return response;
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw Fail(request, response, text);
        }
    }

    /// <summary>
    /// The exception for a call that got no answer once its retries ran out: callers handle one error type and ask its
    /// <see cref="TileDbCloudException.Kind"/>, and a dropped connection or a timeout is as passing as a 503. A TLS
    /// failure is not: the same certificate fails again, so it is <see cref="TileDbErrorKind.Unknown"/>.
    /// </summary>
    private static TileDbCloudException NoAnswer(TileDbRequest request, Exception ex)
    {
        var kind = ex is HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError }
            ? TileDbErrorKind.Unknown
            : TileDbErrorKind.Transient;
        var what = ex is TimeoutRejectedException ? "did not answer in time" : "could not be reached";
        return new TileDbCloudException($"TileDB Cloud {what} for {request.Method} {request.Path}: {ex.Message}", kind, ex);
    }

    /// <summary>
    /// The exception for a non-2xx answer, logged on the way out (path only: queries can carry filters
    /// callers consider private, which is why <see cref="TileDbRequest"/> keeps them apart). Callers that accepted a status and then find the body wrong use it too.
    /// </summary>
    public TileDbCloudException Fail(TileDbRequest request, HttpResponseMessage response, string text)
    {
        var requestId = response.Headers.TryGetValues("X-Request-Id", out var ids) ? ids.FirstOrDefault() : null;
        var error = TileDbCloudException.FromResponse(response.StatusCode, text, requestId);
        error.RequestMethod = request.Method.Method;

        // 4xx answers are often expected (look-before-you-act probes get 404); only server faults warn.
        var level = (int)response.StatusCode >= 500 ? LogLevel.Warning : LogLevel.Information;
        CloudLog.RequestFailed(state.Logger, level, request.Method.Method, request.Path, (int)response.StatusCode, error.ErrorCode, error.RequestId);
        return error;
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                return await JsonSerializer.DeserializeAsync(stream, TileDbJson.Info<T>(), cancellationToken).ConfigureAwait(false)
                    ?? throw new TileDbCloudException($"TileDB Cloud answered {(int)response.StatusCode} with an empty body where {typeof(T).Name} was expected.");
            }
            catch (JsonException ex)
            {
                throw new TileDbCloudException($"TileDB Cloud answered {(int)response.StatusCode} with a body that is not a valid {typeof(T).Name}: {ex.Message}", ex);
            }
        }
    }

    /// <summary>
    /// Reads one page of a listing. Every listing answers <c>{"&lt;itemsField&gt;": [...], "pagination_metadata": {...}}</c>;
    /// a missing or null item list reads as empty.
    /// </summary>
    public async Task<PagedResult<T>> GetPageAsync<T>(TileDbRequest request, string itemsField, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        var page = await ReadAsync<JsonElement>(response, cancellationToken).ConfigureAwait(false);
        if (page.ValueKind != JsonValueKind.Object)
        {
            throw new TileDbCloudException($"TileDB Cloud answered {(int)response.StatusCode} with a body that is not a page of {typeof(T).Name}.");
        }

        try
        {
            var items = page.TryGetProperty(itemsField, out var list) && list.ValueKind != JsonValueKind.Null
                ? list.Deserialize(TileDbJson.Info<IReadOnlyList<T>>()) ?? []
                : [];
            var pagination = page.TryGetProperty("pagination_metadata", out var meta)
                ? meta.Deserialize(TileDbJson.Info<PaginationMetadata>())
                : null;
            return new PagedResult<T>(items, pagination);
        }
        catch (JsonException ex)
        {
            throw new TileDbCloudException($"TileDB Cloud answered {(int)response.StatusCode} with a body that is not a valid page of {typeof(T).Name}: {ex.Message}", ex);
        }
    }

    /// <summary>Walks every page of a listing starting at <paramref name="firstPage"/>; <paramref name="requestFor"/> builds the request of a page.</summary>
    public async IAsyncEnumerable<T> GetAllPagesAsync<T>(
        Func<int, TileDbRequest> requestFor,
        string itemsField,
        int? firstPage,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var page = firstPage ?? 1;
        while (true)
        {
            var result = await GetPageAsync<T>(requestFor(page), itemsField, cancellationToken).ConfigureAwait(false);
            foreach (var item in result.Items)
            {
                yield return item;
            }

            // Count pages locally: a server that echoes a wrong page number must not loop us forever.
            if (!result.HasMorePages || page >= result.Pagination!.TotalPages)
            {
                yield break;
            }

            page++;
        }
    }

    public static string Segment(string value) => Uri.EscapeDataString(value);
}
