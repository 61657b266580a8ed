using System.Collections.Immutable;
using Alms.Twins.Fleet;

namespace Alms.Twins.Engine.Fleet;

/// <summary>Computes fleet summaries from directory entries, and merges partial summaries into one.</summary>
public static class FleetSummaries
{
    public const int HealthBuckets = 10;

    public static FleetSummary Of(IEnumerable<AssetDirectoryEntry> entries, DateTimeOffset at)
    {
        var byStage = new Dictionary<string, int>(StringComparer.Ordinal);
        var byClass = new Dictionary<string, int>(StringComparer.Ordinal);
        var histogram = new int[HealthBuckets];
        int total = 0, inAlarm = 0, warnings = 0, criticals = 0;
        double healthSum = 0, expectedFailures = 0;
        foreach (var entry in entries)
        {
            total++;
            byStage[entry.Stage.ToString()] = byStage.GetValueOrDefault(entry.Stage.ToString()) + 1;
            byClass[entry.ClassId] = byClass.GetValueOrDefault(entry.ClassId) + 1;
            histogram[BucketOf(entry.HealthIndex)]++;
            healthSum += entry.HealthIndex;
            expectedFailures += entry.FailureProbability365Days;
            warnings += entry.WarningAlarms;
            criticals += entry.CriticalAlarms;
            inAlarm += entry.WarningAlarms + entry.CriticalAlarms > 0 ? 1 : 0;
        }

        return new FleetSummary(
            total,
            byStage.ToImmutableDictionary(StringComparer.Ordinal),
            byClass.ToImmutableDictionary(StringComparer.Ordinal),
            [.. histogram],
            inAlarm,
            warnings,
            criticals,
            total == 0 ? 0 : healthSum / total,
            expectedFailures,
            at);
    }

    public static FleetSummary Merge(IReadOnlyCollection<FleetSummary> parts, DateTimeOffset at)
    {
        var total = parts.Sum(p => p.TotalAssets);
        var histogram = new int[HealthBuckets];
        foreach (var part in parts)
        {
            for (var i = 0; i < HealthBuckets; i++)
            {
                histogram[i] += part.HealthHistogram[i];
            }
        }

        return new FleetSummary(
            total,
            SumCounts(parts.Select(p => p.ByStage)),
            SumCounts(parts.Select(p => p.ByClass)),
            [.. histogram],
            parts.Sum(p => p.AssetsInAlarm),
            parts.Sum(p => p.WarningAlarms),
            parts.Sum(p => p.CriticalAlarms),
            total == 0 ? 0 : parts.Sum(p => p.MeanHealthIndex * p.TotalAssets) / total,
            parts.Sum(p => p.ExpectedFailures365Days),
            at);
    }

    /// <summary>Bucket i holds health in [10i, 10i + 10); 100 falls in the last bucket.</summary>
    public static int BucketOf(double healthIndex) => Math.Clamp((int)(healthIndex / 10), 0, HealthBuckets - 1);

    private static ImmutableDictionary<string, int> SumCounts(IEnumerable<ImmutableDictionary<string, int>> counts)
    {
        var sum = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, count) in counts.SelectMany(c => c))
        {
            sum[key] = sum.GetValueOrDefault(key) + count;
        }

        return sum.ToImmutableDictionary(StringComparer.Ordinal);
    }
}
