using System.Collections.Immutable;
using Alms.Twins.Fleet;

namespace Alms.Twins.Api;

/// <summary>Combines the summaries of the directory partitions into the fleet's.</summary>
public static class FleetSummaryMerge
{
    /// <summary>
    /// Sums counts, histograms and expected failures; the mean health is weighted by each part's asset count
    /// (0 for an empty fleet). The result is stamped with the oldest part's time: it is no fresher than that.
    /// </summary>
    public static FleetSummary Merge(IReadOnlyCollection<FleetSummary> parts, DateTimeOffset whenEmpty)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var total = 0;
        var byStage = new Dictionary<string, int>(StringComparer.Ordinal);
        var byClass = new Dictionary<string, int>(StringComparer.Ordinal);
        var histogram = new int[parts.Count == 0 ? 10 : parts.Max(part => part.HealthHistogram.IsDefault ? 0 : part.HealthHistogram.Length)];
        int inAlarm = 0, warnings = 0, criticals = 0;
        double healthSum = 0, expectedFailures = 0;
        DateTimeOffset? generatedAt = null;

        foreach (var part in parts)
        {
            total += part.TotalAssets;
            Add(byStage, part.ByStage);
            Add(byClass, part.ByClass);
            if (!part.HealthHistogram.IsDefault)
            {
                for (var bucket = 0; bucket < part.HealthHistogram.Length; bucket++)
                {
                    histogram[bucket] += part.HealthHistogram[bucket];
                }
            }

            inAlarm += part.AssetsInAlarm;
            warnings += part.WarningAlarms;
            criticals += part.CriticalAlarms;
            healthSum += part.MeanHealthIndex * part.TotalAssets;
            expectedFailures += part.ExpectedFailures365Days;
            generatedAt = generatedAt is null || part.GeneratedAt < generatedAt ? part.GeneratedAt : generatedAt;
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
            generatedAt ?? whenEmpty);
    }

    private static void Add(Dictionary<string, int> sums, ImmutableDictionary<string, int>? counts)
    {
        if (counts is null)
        {
            return;
        }

        foreach (var (key, count) in counts)
        {
            sums[key] = sums.GetValueOrDefault(key) + count;
        }
    }
}
