using Alms.Twins.Assets;
using Alms.Twins.Telemetry;

namespace Alms.Twins.Engine.Twins;

/// <summary>
/// Whether one reading may be applied to a twin. Used twice: at ingest, so the poster learns at once
/// what was refused, and by the twin itself, which is the authority (its stage may have changed since).
/// </summary>
public static class TelemetryRules
{
    public static ReadingRejection? Validate(TelemetryReading reading, int index, AssetClassDefinition? definition, LifecycleStage? stage)
    {
        var assetId = reading.AssetId ?? string.Empty;
        if (string.IsNullOrWhiteSpace(reading.AssetId))
        {
            return new ReadingRejection(index, assetId, "assetId", "is required");
        }

        if (string.IsNullOrWhiteSpace(reading.Source))
        {
            return new ReadingRejection(index, assetId, "source", "is required");
        }

        if (reading.Sequence < 0)
        {
            return new ReadingRejection(index, assetId, "sequence", "must not be negative");
        }

        if (reading.Timestamp == default)
        {
            return new ReadingRejection(index, assetId, "timestamp", "is required");
        }

        if (!double.IsFinite(reading.Value))
        {
            return new ReadingRejection(index, assetId, "value", $"must be a finite number, not {reading.Value}");
        }

        if (definition is null || stage is null)
        {
            return new ReadingRejection(index, assetId, "assetId", "no asset of this id is registered");
        }

        if (!LifecycleRules.CanReport(stage.Value))
        {
            return new ReadingRejection(index, assetId, "assetId", $"asset is {stage.Value}; planned, acquired and disposed assets cannot report telemetry");
        }

        if (definition.FindMetric(reading.Metric ?? string.Empty) is not { } metric)
        {
            return new ReadingRejection(index, assetId, "metric", $"'{reading.Metric}' is not a metric of class {definition.Id}");
        }

        return reading.Value < metric.Min || reading.Value > metric.Max
            ? new ReadingRejection(index, assetId, "value", $"{reading.Value} {metric.Unit} is outside the valid range [{metric.Min}, {metric.Max}] of {metric.Name}")
            : null;
    }
}
