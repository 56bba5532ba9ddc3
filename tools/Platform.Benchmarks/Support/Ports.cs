using System.Net;
using System.Net.Sockets;

namespace Platform.Benchmarks.Support;

public static class Ports
{
    /// <summary>A TCP port on 127.0.0.1 that is free right now.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
