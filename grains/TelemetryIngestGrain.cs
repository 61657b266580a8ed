using System.Collections.Immutable;
using System.Diagnostics;
using Alms.Twins.Assets;
using Alms.Twins.Engine.Twins;
using Alms.Twins.Fleet;
using Alms.Twins.Telemetry;
using Orleans.Concurrency;

namespace Alms.Twins.Grains;

/// <summary>
/// The ingest path. Validates a posted batch against the directory (does the asset exist, can its
/// stage report) and the class definitions (known metric, valid range), then groups the accepted
/// readings by asset and publishes one stream event per asset: per-reading events cost about four
/// times as much. When a memory-stream queue is full it waits and retries instead of failing.
/// </summary>
[StatelessWorker]
internal sealed class TelemetryIngestGrain(AlmsInstrumentation instrumentation, AlmsClock clock) : Grain, ITelemetryIngestGrain
{
    private static readonly TimeSpan ClassCacheLifetime = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan BackpressureDelay = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan BackpressureGiveUp = TimeSpan.FromSeconds(60);

    private readonly Dictionary<string, (AssetClassDefinition? Definition, DateTimeOffset ReadAt)> _classes = new(StringComparer.Ordinal);

    public async Task<IngestResult> IngestAsync(ImmutableArray<TelemetryReading> readings, bool allOrNothing = false, CancellationToken cancellationToken = default)
    {
        using var activity = AlmsInstrumentation.ActivitySource.StartActivity("telemetry.ingest");
        activity?.SetTag("alms.readings", readings.Length);

        var directory = await LookUpAssetsAsync(readings);
        var rejected = ImmutableArray.CreateBuilder<ReadingRejection>();
        var byAsset = new Dictionary<string, ImmutableArray<TelemetryReading>.Builder>(StringComparer.Ordinal);
        for (var i = 0; i < readings.Length; i++)
        {
            var reading = readings[i];
            var entry = reading.AssetId is null ? null : directory.GetValueOrDefault(reading.AssetId);
            var definition = entry is null ? null : await ClassAsync(entry.ClassId);
            if (TelemetryRules.Validate(reading, i, definition, entry?.Stage) is { } rejection)
            {
                rejected.Add(rejection);
                continue;
            }

            if (!byAsset.TryGetValue(reading.AssetId!, out var group))
            {
                byAsset[reading.AssetId!] = group = ImmutableArray.CreateBuilder<TelemetryReading>();
            }

            group.Add(reading);
        }

        instrumentation.ReadingsRejected.Add(rejected.Count);
        if (allOrNothing && rejected.Count > 0)
        {
            return new IngestResult(0, rejected.ToImmutable(), 0);
        }

        var provider = this.GetStreamProvider(TelemetryStreams.ProviderName);
        await Task.WhenAll(byAsset.Select(pair => PublishAsync(provider, pair.Key, new TelemetryBatch(pair.Value.ToImmutable()), cancellationToken)));
        return new IngestResult(readings.Length - rejected.Count, rejected.ToImmutable(), byAsset.Count);
    }

    private async Task<Dictionary<string, AssetDirectoryEntry>> LookUpAssetsAsync(ImmutableArray<TelemetryReading> readings)
    {
        var idsByPartition = readings
            .Select(r => r.AssetId)
            .Where(id => !string.IsNullOrEmpty(id))
            .Distinct(StringComparer.Ordinal)
            .GroupBy(DirectoryPartitions.For)
            .ToList();
        var lookups = await Task.WhenAll(idsByPartition.Select(async group =>
        {
            var ids = group.ToImmutableArray();
            var entries = await GrainFactory.GetGrain<IAssetDirectoryGrain>(group.Key).LookupAsync(ids);
            return ids.Zip(entries);
        }));
        var found = new Dictionary<string, AssetDirectoryEntry>(StringComparer.Ordinal);
        foreach (var (id, entry) in lookups.SelectMany(l => l))
        {
            if (entry is not null)
            {
                found[id] = entry;
            }
        }

        return found;
    }

    private async ValueTask<AssetClassDefinition?> ClassAsync(string classId)
    {
        var now = clock.UtcNow;
        if (_classes.TryGetValue(classId, out var cached) && now - cached.ReadAt < ClassCacheLifetime)
        {
            return cached.Definition;
        }

        var definition = await GrainFactory.GetGrain<IAssetClassGrain>(classId).GetAsync();
        _classes[classId] = (definition, now);
        return definition;
    }

    private async Task PublishAsync(Orleans.Streams.IStreamProvider provider, string assetId, TelemetryBatch batch, CancellationToken cancellationToken)
    {
        var stream = provider.GetStream<TelemetryBatch>(StreamId.Create(TelemetryStreams.Namespace, assetId));
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await stream.OnNextAsync(batch);
                return;
            }
            catch (InvalidOperationException) when (waited.Elapsed < BackpressureGiveUp)
            {
                // The memory-stream queue is full: wait for the pulling agents to drain it.
                await Task.Delay(BackpressureDelay, cancellationToken);
            }
        }
    }
}
