using System.Net;
using Alms.Twins.Api;
using Alms.Twins.Silo.Demo;
using Alms.Twins.Silo.Storage;

namespace Alms.Twins.Silo.Hosting;

/// <summary>
/// Builds the silo process: Orleans (embedded or PostgreSQL), the HTTP API and its OpenAPI document,
/// OpenTelemetry, and the demo fleet when <c>--demo N</c> is given. Tests and the benchmark build the
/// same host.
/// </summary>
public static class AlmsHost
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var cluster = builder.Configuration.GetSection(AlmsClusterOptions.Section).Get<AlmsClusterOptions>() ?? new AlmsClusterOptions();
        var postgres = builder.Configuration.GetConnectionString(PostgresSiloExtensions.ConnectionStringName);
        builder.UseOrleans(silo =>
        {
            if (postgres is null)
            {
                silo.UseLocalhostClustering(cluster.SiloPort, cluster.GatewayPort, serviceId: cluster.ServiceId, clusterId: cluster.ClusterId);
            }
            else
            {
                silo.Configure<Orleans.Configuration.ClusterOptions>(o =>
                {
                    o.ClusterId = cluster.ClusterId;
                    o.ServiceId = cluster.ServiceId;
                });
                silo.ConfigureEndpoints(IPAddress.Parse(cluster.AdvertisedAddress), cluster.SiloPort, cluster.GatewayPort, listenOnAnyHostAddress: false);
                var storage = builder.Configuration.GetSection(AlmsStorageOptions.Section).Get<AlmsStorageOptions>() ?? new AlmsStorageOptions();
                silo.UseAlmsPostgres(postgres, storage.MigrateOnStart);
            }

            silo.AddAlmsTwins(builder.Configuration, postgres);
        });

        builder.Services.AddAlmsApi();
        builder.AddAlmsOpenTelemetry();
        builder.Services.AddHostedService<StorageModeBanner>();
        var demoSize = builder.Configuration.GetValue<int?>("demo");
        if (demoSize is > 0)
        {
            builder.Services.AddSingleton(new DemoOptions(demoSize.Value));
            builder.Services.AddHostedService<DemoFleetService>();
        }

        var app = builder.Build();
        app.MapAlmsApi();
        app.MapPrometheusScrapingEndpoint();
        return app;
    }
}
