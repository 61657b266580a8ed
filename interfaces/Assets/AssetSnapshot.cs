using System.Collections.Immutable;

namespace Alms.Twins.Assets;

/// <summary>The latest value of one gauge metric.</summary>
[GenerateSerializer, Immutable, Alias("alms.MetricValue")]
public sealed record MetricValue(
    [property: Id(0)] double Value,
    [property: Id(1)] DateTimeOffset Timestamp);

public enum AlarmSeverity
{
    Warning = 1,
    Critical = 2,
}

/// <summary>An alarm raised on a metric crossing its class threshold, active until the value comes back.</summary>
[GenerateSerializer, Immutable, Alias("alms.ActiveAlarm")]
public sealed record ActiveAlarm(
    [property: Id(0)] string Metric,
    [property: Id(1)] AlarmSeverity Severity,
    [property: Id(2)] double Threshold,
    [property: Id(3)] double Value,
    [property: Id(4)] DateTimeOffset RaisedAt,
    [property: Id(5)] bool High = true);

/// <summary>What the degradation model says about the asset now.</summary>
/// <param name="HealthIndex">0 (failed or worn out) to 100 (as new).</param>
/// <param name="Wear">Smoothed wear indicator, 0 at baseline to 1 at the failure level.</param>
[GenerateSerializer, Immutable, Alias("alms.HealthAssessment")]
public sealed record HealthAssessment(
    [property: Id(0)] double HealthIndex,
    [property: Id(1)] double FailureProbability30Days,
    [property: Id(2)] double FailureProbability365Days,
    [property: Id(3)] double AgeDays,
    [property: Id(4)] double Usage,
    [property: Id(5)] double Wear,
    [property: Id(6)] DateTimeOffset EvaluatedAt);

/// <summary>Counts of what happened to the telemetry sent to this twin.</summary>
[GenerateSerializer, Immutable, Alias("alms.TelemetryCounts")]
public sealed record TelemetryCounts(
    [property: Id(0)] long Applied,
    [property: Id(1)] long Rejected,
    [property: Id(2)] long Duplicates,
    [property: Id(3)] DateTimeOffset? LastAppliedAt);

/// <summary>A point-in-time view of a twin: master data, stage, live condition and health.</summary>
[GenerateSerializer, Immutable, Alias("alms.AssetSnapshot")]
public sealed record AssetSnapshot(
    [property: Id(0)] AssetRegistration Master,
    [property: Id(1)] LifecycleStage Stage,
    [property: Id(2)] DateTimeOffset RegisteredAt,
    [property: Id(3)] ImmutableDictionary<string, MetricValue> Metrics,
    [property: Id(4)] ImmutableDictionary<string, double> Counters,
    [property: Id(5)] ImmutableArray<ActiveAlarm> ActiveAlarms,
    [property: Id(6)] HealthAssessment Health,
    [property: Id(7)] ImmutableDictionary<string, long> Watermarks,
    [property: Id(8)] TelemetryCounts Telemetry,
    [property: Id(9)] ImmutableArray<LifecycleTransition> RecentTransitions,
    [property: Id(10)] DegradationParameters Degradation);

/// <summary>The outcome of a twin command: the new snapshot, or the error that left the twin unchanged.</summary>
[GenerateSerializer, Immutable, Alias("alms.AssetCommandResult")]
public sealed record AssetCommandResult(
    [property: Id(0)] AssetSnapshot? Snapshot,
    [property: Id(1)] CommandError? Error,
    [property: Id(2)] bool Created = false)
{
    public static AssetCommandResult Ok(AssetSnapshot snapshot, bool created = false) => new(snapshot, null, created);

    public static AssetCommandResult Fail(CommandError error) => new(null, error);
}
