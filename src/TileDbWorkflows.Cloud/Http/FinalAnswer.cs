using System.Net;

namespace TileDbWorkflows.Cloud.Http;

/// <summary>
/// The one carrier of "this answer is final, never resend it" (an invitation 500 that lists
/// <c>failed_recipients</c>: the server tried every recipient). <see cref="TileDbHttp"/> puts the request's rule on
/// the HTTP request; the retry pipeline asks <see cref="IsFinalAsync"/> about each answer. The rule reads the body,
/// which <see cref="RetryHandler"/> has buffered by then, so asking is cheap and can be repeated.
/// </summary>
internal static class FinalAnswer
{
    private static readonly HttpRequestOptionsKey<Func<HttpStatusCode, string, bool>> RuleKey = new("TileDbCloud.FinalAnswerRule");

    public static void SetRule(HttpRequestMessage request, Func<HttpStatusCode, string, bool> rule) => request.Options.Set(RuleKey, rule);

    public static async ValueTask<bool> IsFinalAsync(HttpResponseMessage? response, CancellationToken cancellationToken)
    {
        if (response is not { IsSuccessStatusCode: false, RequestMessage: { } request } || !request.Options.TryGetValue(RuleKey, out var rule))
        {
            return false;
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return rule(response.StatusCode, text);
    }
}
