using Alms.Twins.Assets;

namespace Alms.Twins.Engine.Twins;

/// <summary>
/// The live condition of a twin: what telemetry has told it so far. Plain mutable data, owned by one
/// twin and changed only by <see cref="TelemetryApplier"/>; persisted as part of the twin's checkpoint,
/// so its property names are a storage contract.
/// </summary>
public sealed class TwinCondition
{
    /// <summary>Latest value per gauge metric (the reading with the latest timestamp wins).</summary>
    public Dictionary<string, MetricValue> Metrics { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Accumulated totals of counter metrics (operating hours, cycles, distance).</summary>
    public Dictionary<string, double> Counters { get; set; } = new(StringComparer.Ordinal);

    /// <summary>When each counter last received an increment (for data coverage).</summary>
    public Dictionary<string, DateTimeOffset> CountersUpdatedAt { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Last sequence number applied per source.</summary>
    public Dictionary<string, long> Watermarks { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Alarms standing now, at most one per metric.</summary>
    public List<ActiveAlarm> Alarms { get; set; } = [];

    /// <summary>Smoothed wear indicator in [0, 1]; see <see cref="WearIndicator"/>.</summary>
    public double Wear { get; set; }

    public long ReadingsApplied { get; set; }

    public long ReadingsRejected { get; set; }

    public long DuplicatesDropped { get; set; }

    public DateTimeOffset? LastAppliedAt { get; set; }
}
