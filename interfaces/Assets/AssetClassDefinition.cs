using System.Collections.Immutable;

namespace Alms.Twins.Assets;

/// <summary>How a metric's readings combine into the twin's condition.</summary>
public enum MetricKind
{
    /// <summary>An instantaneous value (temperature, vibration): the latest reading replaces the previous one.</summary>
    Gauge = 0,

    /// <summary>An increment (operating hours, cycles, distance since the last reading): readings accumulate into a counter.</summary>
    Counter = 1,
}

/// <summary>Alarm limits on one metric. A limit left null is not checked.</summary>
[GenerateSerializer, Immutable, Alias("alms.AlarmThresholds")]
public sealed record AlarmThresholds(
    [property: Id(0)] double? WarningHigh = null,
    [property: Id(1)] double? CriticalHigh = null,
    [property: Id(2)] double? WarningLow = null,
    [property: Id(3)] double? CriticalLow = null,
    [property: Id(4)] double Deadband = 0);

/// <summary>A metric an asset class reports: its unit, valid range and alarm limits.</summary>
[GenerateSerializer, Immutable, Alias("alms.MetricDefinition")]
public sealed record MetricDefinition(
    [property: Id(0)] string Name,
    [property: Id(1)] string Unit,
    [property: Id(2)] double Min,
    [property: Id(3)] double Max,
    [property: Id(4)] MetricKind Kind = MetricKind.Gauge,
    [property: Id(5)] AlarmThresholds? Alarms = null);

/// <summary>
/// Parameters of the twin's degradation model: a Weibull life on calendar age and on usage, with a
/// wear indicator read from a telemetry metric that scales the hazard (proportional hazards).
/// </summary>
/// <param name="ShapeScaleCovariance">Covariance of (shape, age scale) from a fit; gives remaining life its confidence bounds.</param>
/// <param name="RestorationFactor">Kijima type I restoration factor q of a repair: 0 as good as new, 1 (or null) as bad as old.</param>
/// <param name="Covariates">Telemetry gauges that scale the hazard (proportional hazards), e.g. load or temperature.</param>
/// <param name="StaleAfterHours">Inputs older than this make the assessment's data coverage stale.</param>
[GenerateSerializer, Immutable, Alias("alms.DegradationParameters")]
public sealed record DegradationParameters(
    [property: Id(0)] double WeibullShape,
    [property: Id(1)] double AgeScaleDays,
    [property: Id(2)] string? UsageCounter = null,
    [property: Id(3)] double? UsageScale = null,
    [property: Id(4)] string? WearMetric = null,
    [property: Id(5)] double WearBaseline = 0,
    [property: Id(6)] double WearFailureLevel = 1,
    [property: Id(7)] double WearHazardCoefficient = 0,
    [property: Id(8)] double WearSmoothing = 0.2,
    [property: Id(9)] ShapeScaleCovariance? ShapeScaleCovariance = null,
    [property: Id(10)] double? RestorationFactor = null,
    [property: Id(11)] ImmutableArray<CovariateEffect>? Covariates = null,
    [property: Id(12)] double StaleAfterHours = 24,
    [property: Id(13)] ConditionStateModel? ConditionStates = null)
{
    /// <summary>Value equality, with the covariates compared element by element.</summary>
    public bool Equals(DegradationParameters? other) =>
        other is not null
        && WeibullShape.Equals(other.WeibullShape)
        && AgeScaleDays.Equals(other.AgeScaleDays)
        && UsageCounter == other.UsageCounter
        && UsageScale.Equals(other.UsageScale)
        && WearMetric == other.WearMetric
        && WearBaseline.Equals(other.WearBaseline)
        && WearFailureLevel.Equals(other.WearFailureLevel)
        && WearHazardCoefficient.Equals(other.WearHazardCoefficient)
        && WearSmoothing.Equals(other.WearSmoothing)
        && ShapeScaleCovariance == other.ShapeScaleCovariance
        && RestorationFactor.Equals(other.RestorationFactor)
        && (Covariates ?? []).SequenceEqual(other.Covariates ?? [])
        && StaleAfterHours.Equals(other.StaleAfterHours)
        && Equals(ConditionStates, other.ConditionStates);

    public override int GetHashCode() => HashCode.Combine(WeibullShape, AgeScaleDays, UsageCounter, WearMetric, RestorationFactor);
}

/// <summary>
/// Discrete condition states (1 = as new … k = worst) read from the wear indicator, and optionally a yearly
/// Markov transition matrix between them (row-major, k × k, rows summing to 1), e.g. from inspection records.
/// </summary>
/// <param name="WearBands">Ascending upper wear limits of states 1 … k − 1, inside (0, 1); state k is above the last.</param>
/// <param name="TransitionsPerYear">Null when only the current state is wanted.</param>
[GenerateSerializer, Immutable, Alias("alms.ConditionStateModel")]
public sealed record ConditionStateModel(
    [property: Id(0)] ImmutableArray<double> WearBands,
    [property: Id(1)] ImmutableArray<double>? TransitionsPerYear = null)
{
    public int StateCount => WearBands.IsDefault ? 1 : WearBands.Length + 1;

    public bool Equals(ConditionStateModel? other) =>
        other is not null
        && (WearBands.IsDefault ? other.WearBands.IsDefault : !other.WearBands.IsDefault && WearBands.SequenceEqual(other.WearBands))
        && (TransitionsPerYear ?? []).SequenceEqual(other.TransitionsPerYear ?? []);

    public override int GetHashCode() => WearBands.IsDefault ? 0 : WearBands.Length;
}

/// <summary>Covariance of the fitted Weibull (shape β, age scale η in days): the inverse Fisher information.</summary>
[GenerateSerializer, Immutable, Alias("alms.ShapeScaleCovariance")]
public sealed record ShapeScaleCovariance(
    [property: Id(0)] double VarShape,
    [property: Id(1)] double VarScale,
    [property: Id(2)] double Covariance);

/// <summary>A gauge's proportional-hazards effect: the hazard is multiplied by exp(Coefficient · (value − Reference)).</summary>
[GenerateSerializer, Immutable, Alias("alms.CovariateEffect")]
public sealed record CovariateEffect(
    [property: Id(0)] string Metric,
    [property: Id(1)] double Coefficient,
    [property: Id(2)] double Reference);

/// <summary>Default costs of an asset class, in the fleet's currency.</summary>
[GenerateSerializer, Immutable, Alias("alms.CostDefaults")]
public sealed record CostDefaults(
    [property: Id(0)] decimal ReplacementCost,
    [property: Id(1)] decimal PreventiveRepairCost,
    [property: Id(2)] decimal CorrectiveRepairCost,
    [property: Id(3)] decimal DowntimeCostPerHour);

/// <summary>An asset class (e.g. <c>pump.centrifugal</c>): what its assets report and how they degrade.</summary>
[GenerateSerializer, Immutable, Alias("alms.AssetClassDefinition")]
public sealed record AssetClassDefinition(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] ImmutableArray<MetricDefinition> Metrics,
    [property: Id(3)] DegradationParameters Degradation,
    [property: Id(4)] CostDefaults Costs,
    [property: Id(5)] int Version = 0)
{
    /// <summary>Value equality, with the metrics compared element by element.</summary>
    public bool Equals(AssetClassDefinition? other) =>
        other is not null
        && Id == other.Id
        && Name == other.Name
        && (Metrics.IsDefault ? other.Metrics.IsDefault : !other.Metrics.IsDefault && Metrics.SequenceEqual(other.Metrics))
        && Equals(Degradation, other.Degradation)
        && Costs == other.Costs
        && Version == other.Version;

    public override int GetHashCode() => HashCode.Combine(Id, Version);

    /// <summary>The metric of that name, or null.</summary>
    public MetricDefinition? FindMetric(string name)
    {
        foreach (var metric in Metrics)
        {
            if (string.Equals(metric.Name, name, StringComparison.Ordinal))
            {
                return metric;
            }
        }

        return null;
    }
}
