using Alms.Twins.Assets;
using Alms.Twins.Telemetry;

namespace Alms.Twins.Silo.Demo;

/// <summary>
/// A seeded fleet of synthetic assets. Each gauge follows a baseline plus a per-asset drift (so wear
/// grows and some assets cross their alarm limits within minutes) plus Gaussian noise; counters add
/// one tick's worth of usage.
/// </summary>
internal sealed class DemoTelemetryGenerator
{
    private const string Source = "demo-gateway";

    private readonly Asset[] _assets;
    private long _sequence;

    public DemoTelemetryGenerator(int count, int seed, IReadOnlyList<AssetClassDefinition> classes, IReadOnlyList<string> sites, DateTimeOffset startedAt)
    {
        // Sequences start from the clock so that a restarted demo (PostgreSQL mode keeps the twins'
        // watermarks) continues above what the twins already applied instead of being dropped as duplicates.
        _sequence = startedAt.ToUnixTimeMilliseconds() * 1_000;
        var random = new Random(seed);
        _assets = new Asset[count];
        for (var i = 0; i < count; i++)
        {
            var definition = classes[i % classes.Count];
            var gauges = definition.Metrics.Where(m => m.Kind == MetricKind.Gauge).Select(m => new Gauge(m, random)).ToArray();
            _assets[i] = new Asset($"{definition.Id.Split('.')[0]}-{i + 1:D5}", definition, sites[random.Next(sites.Count)], gauges, random.NextDouble() * 15, 1 + random.Next(5), new Random(seed + i));
        }
    }

    public IEnumerable<AssetRegistration> Registrations(DateTimeOffset now) =>
        _assets.Select(a => new AssetRegistration(
            a.Id,
            a.Definition.Id,
            a.Site,
            Manufacturer: "Demo Works",
            Model: a.Definition.Name,
            SerialNumber: $"SN-{a.Id}",
            AcquisitionCost: a.Definition.Costs.ReplacementCost,
            InstallDate: now.AddDays(-a.AgeYears * 365),
            Criticality: a.Criticality,
            ConsequenceOfFailureCost: a.Definition.Costs.DowntimeCostPerHour * 24,
            InitialStage: LifecycleStage.InService,
            Actor: "demo"));

    /// <summary>One tick of readings for every asset: each gauge and counter once.</summary>
    public IEnumerable<TelemetryReading> NextReadings(DateTimeOffset now)
    {
        foreach (var asset in _assets)
        {
            foreach (var gauge in asset.Gauges)
            {
                yield return new TelemetryReading(asset.Id, gauge.Metric.Name, gauge.Next(asset.Random), now, Source, ++_sequence);
            }

            foreach (var counter in asset.Definition.Metrics.Where(m => m.Kind == MetricKind.Counter))
            {
                // One second of use at a duty cycle of about 70 %, scaled into the counter's unit.
                var increment = Math.Min(counter.Max, counter.Max * 0.7 * asset.Random.NextDouble() / 3600);
                yield return new TelemetryReading(asset.Id, counter.Name, increment, now, Source, ++_sequence);
            }
        }
    }

    private sealed record Asset(string Id, AssetClassDefinition Definition, string Site, Gauge[] Gauges, double AgeYears, int Criticality, Random Random);

    private sealed class Gauge(MetricDefinition metric, Random random)
    {
        private readonly double _drift = (metric.Max - metric.Min) * (random.NextDouble() < 0.2 ? 0.002 : 0.0002) * random.NextDouble();
        private readonly double _noise = (metric.Max - metric.Min) * 0.004;
        private double _level = StartLevel(metric, random);

        public MetricDefinition Metric => metric;

        public double Next(Random noise)
        {
            _level += _drift;
            var value = _level + (_noise * Normal(noise));
            return Math.Clamp(value, metric.Min, metric.Max);
        }

        /// <summary>Start between the bottom of the range and 60 % of the way to the warning limit.</summary>
        private static double StartLevel(MetricDefinition metric, Random random)
        {
            var ceiling = metric.Alarms?.WarningHigh ?? metric.Max;
            var floor = metric.Alarms?.WarningLow ?? metric.Min;
            var low = floor + ((ceiling - floor) * 0.2);
            return low + ((ceiling - low) * 0.6 * random.NextDouble());
        }

        private static double Normal(Random random) =>
            Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
    }
}
