using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Alms.Twins.Assets;
using Alms.Twins.Grains;
using Alms.Twins.Silo.Hosting;
using Alms.Twins.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Alms.Twins.Bench.Load;

/// <summary>
/// Starts an embedded silo in this process, measures raw grain calls as the baseline, registers the
/// twins, pushes readings through the ingest path (validation, grouping, one stream event per asset)
/// and waits until every reading has been applied by its twin. Prints one JSON object.
/// </summary>
public static class LoadRun
{
    private const string ClassId = "bench.pump";
    private const int SiloPort = 11311;
    private const int GatewayPort = 30311;

    public static async Task<int> RunAsync(LoadOptions options)
    {
        using var applied = new AppliedReadingsCounter();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(SiloPort, GatewayPort);
            // A fleet of this size checkpoints on minutes, not seconds (see the README's production guidance).
            var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Alms:Twins:CheckpointInterval"] = TimeSpan.FromSeconds(options.CheckpointSeconds).ToString(),
                ["Alms:Twins:DirectoryRefreshInterval"] = TimeSpan.FromSeconds(options.DirectoryRefreshSeconds).ToString(),
            }).Build();
            silo.AddAlmsTwins(settings, postgresConnectionString: null);
        });
        using var host = builder.Build();
        await host.StartAsync();
        var grains = host.Services.GetRequiredService<IGrainFactory>();

        var baseline = await MeasureGrainCallsAsync(grains, options);
        var heapBefore = ManagedHeap();
        var registration = await RegisterAsync(grains, options.Twins);
        var heapRegistered = ManagedHeap();
        // First contact: one reading per twin, which also sets up each asset's stream in the pulling agents.
        var sequence = new StrongBox<long>();
        var firstContact = await IngestAsync(grains, Batches(options.Twins, options.Twins, 1, options.BatchSize, sequence), options.Twins, options.PostsInFlight, applied);
        var ingest = await IngestAsync(grains, Batches(options.Twins, options.Readings, options.ReadingsPerAssetPerBatch, options.BatchSize, sequence), options.Readings, options.PostsInFlight, applied);
        var heapAfter = ManagedHeap();

        var readingsPerSecond = options.Readings / ingest.EndToEnd.TotalSeconds;
        var report = new
        {
            twins = options.Twins,
            readings = options.Readings,
            readingsPerAssetPerBatch = options.ReadingsPerAssetPerBatch,
            batchSize = options.BatchSize,
            checkpointSeconds = options.CheckpointSeconds,
            directoryRefreshSeconds = options.DirectoryRefreshSeconds,
            firstContactReadingsPerSecond = Math.Round(options.Twins / firstContact.EndToEnd.TotalSeconds),
            readingsPerSecond = Math.Round(readingsPerSecond),
            ingestAcceptedPerSecond = Math.Round(options.Readings / ingest.Accepted.TotalSeconds),
            rawGrainCallsPerSecond = Math.Round(baseline),
            readingsPerGrainCall = Math.Round(readingsPerSecond / baseline, 3),
            registrationsPerSecond = Math.Round(options.Twins / registration.TotalSeconds),
            managedBytesPerTwinRegistered = (heapRegistered - heapBefore) / options.Twins,
            managedBytesPerTwinWithTelemetry = (heapAfter - heapBefore) / options.Twins,
            processors = Environment.ProcessorCount,
            runtime = Environment.Version.ToString(),
        };
        Console.WriteLine(JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
        await host.StopAsync();
        return 0;
    }

    private static async Task<double> MeasureGrainCallsAsync(IGrainFactory grains, LoadOptions options)
    {
        const int Workers = 32;
        var perWorker = options.BaselineCalls / Workers;
        await Task.WhenAll(Enumerable.Range(0, 1_000).Select(i => grains.GetGrain<IPingGrain>(i).PingAsync(i)));
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(async w =>
        {
            for (var i = 0; i < perWorker; i++)
            {
                await grains.GetGrain<IPingGrain>((w * 7919) + (i % 1_000)).PingAsync(i);
            }
        }));
        return perWorker * Workers / clock.Elapsed.TotalSeconds;
    }

    private static async Task<TimeSpan> RegisterAsync(IGrainFactory grains, int twins)
    {
        await grains.GetGrain<IAssetClassGrain>(ClassId).DefineAsync(BenchClass);
        var installed = DateTimeOffset.UtcNow.AddYears(-3);
        var clock = Stopwatch.StartNew();
        foreach (var chunk in Enumerable.Range(0, twins).Chunk(512))
        {
            await Task.WhenAll(chunk.Select(i => grains.GetGrain<IAssetTwinGrain>(AssetId(i))
                .RegisterAsync(new AssetRegistration(AssetId(i), ClassId, $"site-{i % 20}", InstallDate: installed, InitialStage: LifecycleStage.InService, Actor: "bench"))));
        }

        return clock.Elapsed;
    }

    /// <summary>Posts the batches with a few calls in flight, then waits until twins have applied every reading.</summary>
    private static async Task<(TimeSpan Accepted, TimeSpan EndToEnd)> IngestAsync(
        IGrainFactory grains, IEnumerable<ImmutableArray<TelemetryReading>> batches, long readings, int inFlight, AppliedReadingsCounter applied)
    {
        var target = applied.Total + readings;
        using var pending = batches.GetEnumerator();
        var gate = new object();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, inFlight).Select(async _ =>
        {
            var ingest = grains.GetGrain<ITelemetryIngestGrain>(0);
            while (true)
            {
                ImmutableArray<TelemetryReading> batch;
                lock (gate)
                {
                    if (!pending.MoveNext())
                    {
                        return;
                    }

                    batch = pending.Current;
                }

                var result = await ingest.IngestAsync(batch);
                if (!result.Rejected.IsEmpty)
                {
                    throw new InvalidOperationException($"bench readings rejected: {result.Rejected[0].Reason}");
                }
            }
        }));
        var accepted = clock.Elapsed;
        while (applied.Total < target)
        {
            await Task.Delay(5);
        }

        return (accepted, clock.Elapsed);
    }

    /// <summary>Batches as a gateway would post them: consecutive readings of each asset together, assets round-robin.</summary>
    private static IEnumerable<ImmutableArray<TelemetryReading>> Batches(int twins, long readings, int perAsset, int batchSize, StrongBox<long> sequence)
    {
        var now = DateTimeOffset.UtcNow;
        var assetsPerBatch = batchSize / perAsset;
        long produced = 0;
        var asset = 0;
        while (produced < readings)
        {
            var builder = ImmutableArray.CreateBuilder<TelemetryReading>(batchSize);
            for (var a = 0; a < assetsPerBatch && produced < readings; a++, asset = (asset + 1) % twins)
            {
                for (var r = 0; r < perAsset && produced < readings; r++, produced++)
                {
                    var metric = (r & 1) == 0 ? "vibration" : "hours";
                    var value = metric == "vibration" ? 2 + (r % 5) : 0.01;
                    builder.Add(new TelemetryReading(AssetId(asset), metric, value, now, "bench", ++sequence.Value));
                }
            }

            yield return builder.ToImmutable();
        }
    }

    private static string AssetId(int i) => $"bench-{i:D7}";

    private static long ManagedHeap()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static readonly AssetClassDefinition BenchClass = new(
        ClassId,
        "Benchmark pump",
        [
            new MetricDefinition("vibration", "mm/s", 0, 50, MetricKind.Gauge, new AlarmThresholds(WarningHigh: 7, CriticalHigh: 11)),
            new MetricDefinition("hours", "h", 0, 24, MetricKind.Counter),
        ],
        new DegradationParameters(2, 3650, "hours", 50_000, "vibration", 1, 11, 2, 0.2),
        new CostDefaults(10_000m, 500m, 2_000m, 100m));

    /// <summary>Counts readings applied by twins, from the project's own meter.</summary>
    private sealed class AppliedReadingsCounter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _total;

        public AppliedReadingsCounter()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == AlmsInstrumentation.Name && instrument.Name == "alms.telemetry.readings.applied")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _total, value));
            _listener.Start();
        }

        public long Total => Interlocked.Read(ref _total);

        public void Dispose() => _listener.Dispose();
    }
}
