using System.Collections.Immutable;
using Alms.Twins.Assets;
using Alms.Twins.Telemetry;

namespace Alms.Twins.Engine.Twins;

/// <summary>What applying a batch did.</summary>
/// <param name="AlarmsChanged">An alarm was raised, escalated or cleared.</param>
public sealed record ApplyOutcome(int Applied, int Duplicates, ImmutableArray<ReadingRejection> Rejected, bool AlarmsChanged);

/// <summary>
/// Applies a batch of readings to a twin's condition. The whole batch is validated before anything
/// changes, and the changes themselves cannot fail, so a batch is never half applied. Within a
/// source, readings apply in sequence order; a sequence at or below the source's watermark is a
/// duplicate and is dropped, which makes resending safe.
/// </summary>
public static class TelemetryApplier
{
    public static ApplyOutcome Apply(
        TwinCondition condition,
        AssetClassDefinition definition,
        DegradationParameters parameters,
        LifecycleStage stage,
        string assetId,
        IReadOnlyList<TelemetryReading> readings)
    {
        var rejected = ImmutableArray.CreateBuilder<ReadingRejection>();
        var accepted = new List<(TelemetryReading Reading, MetricDefinition Metric)>(readings.Count);
        for (var i = 0; i < readings.Count; i++)
        {
            var reading = readings[i];
            var rejection = reading.AssetId == assetId
                ? TelemetryRules.Validate(reading, i, definition, stage)
                : new ReadingRejection(i, reading.AssetId ?? string.Empty, "assetId", $"reading for another asset delivered to {assetId}");
            if (rejection is null)
            {
                accepted.Add((reading, definition.FindMetric(reading.Metric)!));
            }
            else
            {
                rejected.Add(rejection);
            }
        }

        accepted.Sort(static (a, b) =>
        {
            var bySource = string.CompareOrdinal(a.Reading.Source, b.Reading.Source);
            return bySource != 0 ? bySource : a.Reading.Sequence.CompareTo(b.Reading.Sequence);
        });

        var applied = 0;
        var duplicates = 0;
        DateTimeOffset? latestApplied = null;
        var touchedGauges = new Dictionary<string, MetricDefinition>(StringComparer.Ordinal);
        foreach (var (reading, metric) in accepted)
        {
            if (condition.Watermarks.TryGetValue(reading.Source, out var watermark) && reading.Sequence <= watermark)
            {
                duplicates++;
                continue;
            }

            condition.Watermarks[reading.Source] = reading.Sequence;
            ApplyReading(condition, parameters, metric, reading);
            latestApplied = latestApplied is { } t && t > reading.Timestamp ? t : reading.Timestamp;
            if (metric.Kind == MetricKind.Gauge)
            {
                touchedGauges[metric.Name] = metric;
            }

            applied++;
        }

        var alarmsChanged = false;
        foreach (var metric in touchedGauges.Values)
        {
            alarmsChanged |= UpdateAlarm(condition, metric);
        }

        condition.ReadingsApplied += applied;
        condition.DuplicatesDropped += duplicates;
        condition.ReadingsRejected += rejected.Count;
        if (latestApplied is { } last && (condition.LastAppliedAt is null || last > condition.LastAppliedAt))
        {
            condition.LastAppliedAt = last;
        }

        return new ApplyOutcome(applied, duplicates, rejected.ToImmutable(), alarmsChanged);
    }

    private static void ApplyReading(TwinCondition condition, DegradationParameters parameters, MetricDefinition metric, TelemetryReading reading)
    {
        if (metric.Kind == MetricKind.Counter)
        {
            condition.Counters[metric.Name] = condition.Counters.GetValueOrDefault(metric.Name) + reading.Value;
            if (!condition.CountersUpdatedAt.TryGetValue(metric.Name, out var updated) || reading.Timestamp > updated)
            {
                condition.CountersUpdatedAt[metric.Name] = reading.Timestamp;
            }

            return;
        }

        var hadValue = condition.Metrics.TryGetValue(metric.Name, out var latest);
        if (!hadValue || reading.Timestamp >= latest!.Timestamp)
        {
            condition.Metrics[metric.Name] = new MetricValue(reading.Value, reading.Timestamp);
        }

        if (string.Equals(parameters.WearMetric, metric.Name, StringComparison.Ordinal))
        {
            condition.Wear = WearIndicator.Update(parameters, condition.Wear, reading.Value, isFirstReading: !hadValue);
        }
    }

    private static bool UpdateAlarm(TwinCondition condition, MetricDefinition metric)
    {
        var index = condition.Alarms.FindIndex(a => a.Metric == metric.Name);
        var current = index >= 0 ? condition.Alarms[index] : null;
        var latest = condition.Metrics[metric.Name];
        var next = AlarmEvaluator.Evaluate(metric, latest.Value, current, latest.Timestamp);
        var changed = current?.Severity != next?.Severity || current?.High != next?.High;
        if (index >= 0)
        {
            condition.Alarms.RemoveAt(index);
        }

        if (next is not null)
        {
            condition.Alarms.Add(next);
        }

        return changed;
    }
}
