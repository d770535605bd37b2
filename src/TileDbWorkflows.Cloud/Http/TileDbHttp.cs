using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly.Timeout;
using TileDbWorkflows.Cloud.Auth;
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

    public async Task<T> GetAsync<T>(string pathAndQuery, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, pathAndQuery, null, cancellationToken).ConfigureAwait(false);
        return await ReadAsync<T>(response, cancellationToken).ConfigureAwait(false);
    }

    public async Task SendNoResultAsync(HttpMethod method, string pathAndQuery, HttpContent? body, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var response = await SendAsync(method, pathAndQuery, body, cancellationToken, headers).ConfigureAwait(false);
    }

    public async Task<T> SendAsync<T>(HttpMethod method, string pathAndQuery, HttpContent? body, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var response = await SendAsync(method, pathAndQuery, body, cancellationToken, headers).ConfigureAwait(false);
        return await ReadAsync<T>(response, cancellationToken).ConfigureAwait(false);
    }

    public static HttpContent JsonBody<T>(T value)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, TileDbJson.Info<T>()));
        content.Headers.ContentType = Json;
        return content;
    }

    /// <summary>
    /// Sends one request; throws <see cref="TileDbCloudException"/> for any non-2xx status that
    /// <paramref name="accept"/> does not let through. The caller disposes the response.
    /// <paramref name="finalAnswer"/>, given a non-2xx status and its body, says the answer is final and
    /// must not be retried even when the retry mode lists its status.
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(
        HttpMethod method,
        string pathAndQuery,
        HttpContent? body,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? headers = null,
        TileDbCloudSession? session = null,
        Func<HttpStatusCode, bool>? accept = null,
        Func<HttpStatusCode, string, bool>? finalAnswer = null)
    {
        session ??= state.RequireSession();
        state.WarnIfTlsVerificationOff(session);
        using var request = new HttpRequestMessage(method, new Uri(session.ServerAddress + pathAndQuery, UriKind.Absolute));
        request.Content = body ?? new ByteArrayContent([]);
        request.Content.Headers.ContentType ??= Json;
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (!string.IsNullOrEmpty(session.ApiToken))
        {
            request.Headers.TryAddWithoutValidation(ApiKeyHeader, session.ApiToken);
        }

        if (session.HasBasicAuth)
        {
            var raw = Convert.ToBase64String(Encoding.UTF8.GetBytes(session.Username + ":" + session.Password));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", raw);
        }

        if (headers is not null)
        {
            foreach (var (name, value) in headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        if (finalAnswer is not null)
        {
            request.Options.Set(RetryHandler.FinalAnswerOption, finalAnswer);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException)
        {
            CloudLog.RequestError(state.Logger, method.Method, PathOf(pathAndQuery), ex.GetType().Name, ex);
            throw;
        }

        if (response.IsSuccessStatusCode || accept?.Invoke(response.StatusCode) == true)
        {
            return response;
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw Fail(method, pathAndQuery, response, text);
        }
    }

    /// <summary>
    /// The exception for a non-2xx answer, logged on the way out (path only: queries can carry filters
    /// callers consider private). Callers that accepted a status and then find the body wrong use it too.
    /// </summary>
    public TileDbCloudException Fail(HttpMethod method, string pathAndQuery, HttpResponseMessage response, string text)
    {
        var requestId = response.Headers.TryGetValues("X-Request-Id", out var ids) ? ids.FirstOrDefault() : null;
        var error = TileDbCloudException.FromResponse(response.StatusCode, text, requestId);

        // 4xx answers are often expected (look-before-you-act probes get 404); only server faults warn.
        var level = (int)response.StatusCode >= 500 ? LogLevel.Warning : LogLevel.Information;
        if (state.Logger.IsEnabled(level))
        {
            var path = PathOf(pathAndQuery);
            CloudLog.RequestFailed(state.Logger, level, method.Method, path, (int)response.StatusCode, error.ErrorCode, error.RequestId);
        }
        return error;
    }

    /// <summary>The path without its query, which is all the logs ever show of a target.</summary>
    public static string PathOf(string pathAndQuery)
    {
        var q = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        return q < 0 ? pathAndQuery : pathAndQuery[..q];
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

    /// <summary>Walks every page starting at <paramref name="firstPage"/>.</summary>
    public static async IAsyncEnumerable<T> AllPagesAsync<T>(
        Func<int, CancellationToken, Task<PagedResult<T>>> fetchPage,
        int? firstPage,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var page = firstPage ?? 1;
        while (true)
        {
            var result = await fetchPage(page, cancellationToken).ConfigureAwait(false);
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
