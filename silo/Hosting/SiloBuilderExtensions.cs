using Alms.Twins.Grains;
using Alms.Twins.Grains.Audit;
using Alms.Twins.Silo.Storage;
using Alms.Twins.Telemetry;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Streams;

namespace Alms.Twins.Silo.Hosting;

/// <summary>What every silo of the cluster needs to host twins, whatever its clustering.</summary>
public static class SiloBuilderExtensions
{
    /// <summary>
    /// Grain services, telemetry streams and, when <paramref name="postgresConnectionString"/> is null,
    /// in-memory grain storage. (PostgreSQL storage is added by <c>UseAlmsPostgres</c>.)
    /// </summary>
    public static ISiloBuilder AddAlmsTwins(this ISiloBuilder silo, IConfiguration configuration, string? postgresConnectionString)
    {
        silo.Services.AddOptions<TwinOptions>().Bind(configuration.GetSection(TwinOptions.Section));
        silo.Services.AddSingleton<AlmsInstrumentation>();
        silo.Services.TryAddSingleton(AlmsClock.System);

        if (postgresConnectionString is null)
        {
            foreach (var name in StorageNames.All)
            {
                silo.AddMemoryGrainStorage(name, o => o.GrainStorageSerializer = new SystemTextJsonGrainStorageSerializer());
            }

            silo.Services.AddSingleton<IAuditLog, InMemoryAuditLog>();
        }

        silo.AddMemoryStreams(TelemetryStreams.ProviderName, streams =>
        {
            streams.ConfigurePartitioning(8);

            // Twins subscribe implicitly; without this every asset's stream would also activate a
            // pub-sub rendezvous grain (and write its state) to look for explicit subscribers.
            streams.ConfigureStreamPubSub(StreamPubSubType.ImplicitOnly);
            streams.ConfigurePullingAgent(agent => agent.Configure(o =>
            {
                // Each stream event is already a per-asset batch; pull many per round to keep queues short.
                o.BatchContainerBatchSize = 256;
                o.GetQueueMsgsTimerPeriod = TimeSpan.FromMilliseconds(20);
            }));
        });
        silo.AddActivityPropagation();
        return silo;
    }
}
