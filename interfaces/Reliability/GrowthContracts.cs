using System.Collections.Immutable;

namespace Alms.Twins.Reliability;

/// <summary>The recurrences of one repairable system: cumulative event times and the end of its observation.</summary>
[GenerateSerializer, Immutable, Alias("alms.SystemRecurrences")]
public sealed record SystemRecurrences(
    [property: Id(0)] ImmutableArray<double> EventTimes,
    [property: Id(1)] double EndTime);

/// <summary>
/// Reliability-growth data. Either one system's cumulative <c>FailureTimes</c> (failure-terminated, or
/// time-terminated at <c>EndTime</c>), or several <c>Systems</c>, which also give Nelson's mean cumulative function.
/// </summary>
[GenerateSerializer, Immutable, Alias("alms.GrowthRequest")]
public sealed record GrowthRequest(
    [property: Id(0)] ImmutableArray<double>? FailureTimes = null,
    [property: Id(1)] double? EndTime = null,
    [property: Id(2)] ImmutableArray<SystemRecurrences>? Systems = null,
    [property: Id(3)] double Confidence = 0.95);

/// <summary>One point of the non-parametric mean cumulative function with its variance and bounds.</summary>
[GenerateSerializer, Immutable, Alias("alms.McfEstimate")]
public sealed record McfEstimate(
    [property: Id(0)] double Time,
    [property: Id(1)] double Mcf,
    [property: Id(2)] double Variance,
    [property: Id(3)] double Lower,
    [property: Id(4)] double Upper);

/// <summary>Crow-AMSAA (power-law NHPP) fit, Laplace trend test and, for several systems, the MCF.</summary>
/// <param name="Termination">failure or time.</param>
/// <param name="BetaUnbiased">Null when there are too few failures for it.</param>
/// <param name="LaplacePValue">Two-sided: small values mean a trend (improving or deteriorating).</param>
/// <param name="McfPowerLaw">Least-squares fit MCF = (t/alpha)^beta to the MCF points (alpha, beta).</param>
[GenerateSerializer, Immutable, Alias("alms.GrowthResponse")]
public sealed record GrowthResponse(
    [property: Id(0)] double Beta,
    [property: Id(1)] double Lambda,
    [property: Id(2)] double? BetaUnbiased,
    [property: Id(3)] double IntensityAtEnd,
    [property: Id(4)] double InstantaneousMtbf,
    [property: Id(5)] double CumulativeMtbf,
    [property: Id(6)] double EndTime,
    [property: Id(7)] string Termination,
    [property: Id(8)] int Failures,
    [property: Id(9)] double LaplaceStatistic,
    [property: Id(10)] double LaplacePValue,
    [property: Id(11)] ImmutableArray<McfEstimate> Mcf,
    [property: Id(12)] ImmutableArray<NamedValue> McfPowerLaw);

[GenerateSerializer, Immutable, Alias("alms.GrowthOutcome")]
public sealed record GrowthOutcome(
    [property: Id(0)] GrowthResponse? Result,
    [property: Id(1)] CommandError? Error);
