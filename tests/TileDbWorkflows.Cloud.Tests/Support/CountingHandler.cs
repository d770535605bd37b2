namespace TileDbWorkflows.Cloud.Tests.Support;

/// <summary>
/// A primary handler that counts attempts on the client side, so attempt counts do not depend on whether
/// a cancelled attempt reached the server before it was abandoned.
/// </summary>
public sealed class CountingHandler : DelegatingHandler
{
    private int _attempts;

    public CountingHandler()
        : base(new SocketsHttpHandler { AllowAutoRedirect = false })
    {
    }

    public int Attempts => Volatile.Read(ref _attempts);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _attempts);
        return base.SendAsync(request, cancellationToken);
    }
}
