using System.Net;
using System.Net.Sockets;

namespace TileDbWorkflows.Testing;

/// <summary>Free TCP ports on loopback, so parallel test runs never collide on fixed ports.</summary>
public static class FreePort
{
    /// <summary>
    /// Asks the OS for a free loopback port. The port is released before it is returned, so another process
    /// could take it in between: callers that start servers on it retry on "address in use".
    /// </summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Distinct free ports (a single call can otherwise hand out the same port twice after release).</summary>
    public static int[] Next(int count)
    {
        var ports = new HashSet<int>();
        while (ports.Count < count)
        {
            ports.Add(Next());
        }
        return [.. ports];
    }

    /// <summary>True when something accepts TCP connections on 127.0.0.1:<paramref name="port"/>.</summary>
    public static async Task<bool> IsAcceptingAsync(int port, CancellationToken cancellationToken = default)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
