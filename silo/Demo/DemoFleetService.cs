using System.Collections.Immutable;

namespace Alms.Twins.Silo.Demo;

/// <summary>How many demo assets to register (<c>--demo N</c>).</summary>
public sealed record DemoOptions(int AssetCount, int Seed = 20261203);

/// <summary>
/// Registers the demo fleet, then posts generated telemetry once a second through the same ingest
/// path the API uses, so twins visibly degrade, raise alarms and move the fleet summary.
/// </summary>
internal sealed partial class DemoFleetService(IGrainFactory grains, DemoOptions options, TimeProvider clock, ILogger<DemoFleetService> logger)
    : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var fleet = new DemoTelemetryGenerator(options.AssetCount, options.Seed, DemoClasses.All, DemoClasses.Sites, clock.GetUtcNow());
        foreach (var definition in DemoClasses.All)
        {
            await grains.GetGrain<IAssetClassGrain>(definition.Id).DefineAsync(definition, stoppingToken);
        }

        var now = clock.GetUtcNow();
        foreach (var chunk in fleet.Registrations(now).Chunk(256))
        {
            await Task.WhenAll(chunk.Select(r => grains.GetGrain<IAssetTwinGrain>(r.Id).RegisterAsync(r, stoppingToken)));
        }

        LogRegistered(options.AssetCount);
        var ingest = grains.GetGrain<ITelemetryIngestGrain>(0);
        using var timer = new PeriodicTimer(Tick, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var batch in fleet.NextReadings(clock.GetUtcNow()).Chunk(5_000))
            {
                var result = await ingest.IngestAsync(ImmutableArray.Create(batch), cancellationToken: stoppingToken);
                if (!result.Rejected.IsEmpty)
                {
                    LogRejected(result.Rejected.Length, result.Rejected[0].Reason);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo fleet of {Count} assets registered; telemetry flows once a second")]
    private partial void LogRegistered(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo telemetry: {Count} readings rejected, first because {Reason}")]
    private partial void LogRejected(int count, string reason);
}
