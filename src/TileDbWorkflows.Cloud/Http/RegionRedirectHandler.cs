using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TileDbWorkflows.Cloud.Logging;

namespace TileDbWorkflows.Cloud.Http;

/// <summary>
/// Follows 3xx answers by hand. HttpClient's own redirect handling strips auth headers when the host
/// changes, but TileDB region redirects go from the global host to a regional one and must keep the API
/// key (urllib3 in the Python client is configured with <c>remove_headers_on_redirect=[]</c>). Runs inside
/// the retry handler and ignores the retry mode, so redirects work with retries disabled.
/// </summary>
internal sealed class RegionRedirectHandler(RegionRedirectCache cache, int maxRedirects, ILogger? logger = null) : DelegatingHandler
{
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var original = request.RequestUri ?? throw new InvalidOperationException("Request has no URI.");
        if (cache.TryGetOrigin(original, out var origin))
        {
            request.RequestUri = RegionRedirectCache.Rebase(original, origin);
        }

        for (var redirects = 0; ; redirects++)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!IsRedirect(response.StatusCode) || response.Headers.Location is not { } location)
            {
                return response;
            }

            if (redirects >= maxRedirects)
            {
                CloudLog.RedirectLimitReached(_logger, request.Method.Method, original.AbsolutePath, maxRedirects, (int)response.StatusCode);
                return response;
            }

            var target = location.IsAbsoluteUri ? location : new Uri(request.RequestUri!, location);
            if (response.StatusCode == HttpStatusCode.SeeOther && request.Method != HttpMethod.Head)
            {
                request.Method = HttpMethod.Get;
                request.Content = null;
            }

            // Origins only: the Location's query is the caller's query and is not ours to log.
            if (_logger.IsEnabled(LogLevel.Information))
            {
                var fromOrigin = request.RequestUri!.GetLeftPart(UriPartial.Authority);
                var toOrigin = target.GetLeftPart(UriPartial.Authority);
                CloudLog.RedirectFollowed(_logger, request.Method.Method, original.AbsolutePath, (int)response.StatusCode, fromOrigin, toOrigin);
            }
            response.Dispose();
            cache.Remember(original, target);
            request.RequestUri = target;
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
}
