using System.Net;
using System.Net.Sockets;
using Alms.Twins.Client;
using Alms.Twins.Silo.Hosting;
using Microsoft.AspNetCore.Builder;

namespace Alms.Twins.Integration.Tests.Api;

/// <summary>
/// One real host for the API tests: the silo (embedded mode, in-memory storage) with the HTTP API on Kestrel,
/// bound to loopback ports that were free when the fixture started.
/// </summary>
public sealed class ApiHostFixture : IAsyncLifetime
{
    private readonly string _environment;
    private WebApplication? _app;

    public ApiHostFixture()
        : this("Production")
    {
    }

    /// <param name="environment">The host environment, for a test that needs other than Production.</param>
    internal ApiHostFixture(string environment) => _environment = environment;

    /// <summary>A plain client of the host, for requests the typed client cannot express (malformed bodies).</summary>
    public HttpClient Http { get; private set; } = null!;

    public AlmsClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var siloPort = FreeLoopbackPort();
        var gatewayPort = FreeLoopbackPort();
        var httpPort = FreeLoopbackPort();
        var address = new Uri($"http://127.0.0.1:{httpPort}/");
        _app = AlmsHost.Build(
        [
            "--urls", address.ToString().TrimEnd('/'),
            "--environment", _environment,
            $"--Alms:Cluster:SiloPort={siloPort}",
            $"--Alms:Cluster:GatewayPort={gatewayPort}",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await _app.StartAsync();
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        Client = new AlmsClient(Http);
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private static int FreeLoopbackPort()
    {
        // The port is released before the host binds it; a clash with another process in that instant is unlikely.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The API tests share one host: starting a silo costs seconds, and every test uses fresh ids.</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiHostFixture>
{
    public const string Name = "api";
}
