using System.Net;
using System.Net.Sockets;

namespace Vigil.TestSupport;

/// <summary>A loopback TCP port that was free a moment ago (for servers started as separate processes).</summary>
public static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
