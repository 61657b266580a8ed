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

/// <summary>Whether the model's inputs are current.</summary>
public enum DataCoverage
{
    /// <summary>Every input the model reads has been reported recently.</summary>
    Complete = 0,

    /// <summary>An input has not been reported within the class's staleness limit: the assessment uses its last value.</summary>
    Stale = 1,

    /// <summary>An input has never been reported: the assessment runs without it (e.g. wear taken as zero).</summary>
    Missing = 2,
}

/// <summary>A two-sided confidence interval.</summary>
[GenerateSerializer, Immutable, Alias("alms.Interval")]
public sealed record Interval(
    [property: Id(0)] double Lower,
    [property: Id(1)] double Upper);

/// <summary>
/// Remaining useful life in days, given the asset works now: its mean and percentiles, and — when the class
/// model carries a parameter covariance — confidence intervals on each from that covariance.
/// </summary>
[GenerateSerializer, Immutable, Alias("alms.RemainingLifeEstimate")]
public sealed record RemainingLifeEstimate(
    [property: Id(0)] double MeanDays,
    [property: Id(1)] double P10Days,
    [property: Id(2)] double P50Days,
    [property: Id(3)] double P90Days,
    [property: Id(4)] double ConfidenceLevel = 0,
    [property: Id(5)] Interval? MeanBounds = null,
    [property: Id(6)] Interval? P10Bounds = null,
    [property: Id(7)] Interval? P50Bounds = null,
    [property: Id(8)] Interval? P90Bounds = null);

/// <summary>What the degradation model says about the asset now.</summary>
/// <param name="HealthIndex">0 (failed or worn out) to 100 (as new).</param>
/// <param name="Wear">Smoothed wear indicator, 0 at baseline to 1 at the failure level.</param>
/// <param name="AgeDays">The age the hazard is evaluated at: calendar age, or the virtual age after imperfect repairs.</param>
/// <param name="HazardMultiplier">The proportional-hazards factor of wear and covariates (1 = baseline).</param>
/// <param name="RemainingLife">Present in a twin's snapshot; left out of cheap evaluations.</param>
/// <param name="ConditionState">1 (as new) … k (worst), when the class defines condition states.</param>
/// <param name="ExpectedYearsToWorstCondition">From the class's Markov transitions; in a snapshot only.</param>
[GenerateSerializer, Immutable, Alias("alms.HealthAssessment")]
public sealed record HealthAssessment(
    [property: Id(0)] double HealthIndex,
    [property: Id(1)] double FailureProbability30Days,
    [property: Id(2)] double FailureProbability365Days,
    [property: Id(3)] double AgeDays,
    [property: Id(4)] double Usage,
    [property: Id(5)] double Wear,
    [property: Id(6)] DateTimeOffset EvaluatedAt,
    [property: Id(7)] double HazardMultiplier = 1,
    [property: Id(8)] DataCoverage Coverage = DataCoverage.Complete,
    [property: Id(9)] string? CoverageNote = null,
    [property: Id(10)] RemainingLifeEstimate? RemainingLife = null,
    [property: Id(11)] int? ConditionState = null,
    [property: Id(12)] double? ExpectedYearsToWorstCondition = null);

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

/// <summary>
/// An asset's life record for fitting its class's model: ages (days since installation) at each failure,
/// and its current or final age. A unit that never failed is a suspension at that age.
/// </summary>
[GenerateSerializer, Immutable, Alias("alms.AssetLifeHistory")]
public sealed record AssetLifeHistory(
    [property: Id(0)] string AssetId,
    [property: Id(1)] ImmutableArray<double> FailureAgesDays,
    [property: Id(2)] double AgeDays,
    [property: Id(3)] LifecycleStage Stage);

/// <summary>Probability of failure within a horizon, given the asset works now.</summary>
[GenerateSerializer, Immutable, Alias("alms.FailureProbability")]
public sealed record FailureProbability(
    [property: Id(0)] double HorizonDays,
    [property: Id(1)] double Probability,
    [property: Id(2)] DataCoverage Coverage,
    [property: Id(3)] DateTimeOffset EvaluatedAt);
