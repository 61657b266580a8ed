using System.Collections.Immutable;

namespace Alms.Twins.Reliability;

/// <summary>
/// Field data to fit: exact failure times and right-censored (suspended) times, in any one unit.
/// <c>Family</c> null fits every family and picks the best by <c>Criterion</c>.
/// </summary>
/// <param name="Family">weibull2, weibull3, exponential, lognormal, gamma or normal; null for best fit.</param>
/// <param name="Method">mle (maximum likelihood), rry or rrx (median-rank regression on Y or X).</param>
/// <param name="Ranks">exact (Beta medians) or benard (Benard's approximation), for rank regression.</param>
/// <param name="Confidence">Two-sided confidence level of the bounds.</param>
/// <param name="ReliabilityAt">Times at which to report R(t) with its bounds.</param>
/// <param name="Criterion">aicc or bic: how the best family is chosen.</param>
[GenerateSerializer, Immutable, Alias("alms.LifeFitRequest")]
public sealed record LifeFitRequest(
    [property: Id(0)] ImmutableArray<double> Failures,
    [property: Id(1)] ImmutableArray<double>? Suspensions = null,
    [property: Id(2)] string? Family = null,
    [property: Id(3)] string Method = "mle",
    [property: Id(4)] string Ranks = "exact",
    [property: Id(5)] double Confidence = 0.9,
    [property: Id(6)] ImmutableArray<double>? ReliabilityAt = null,
    [property: Id(7)] string Criterion = "aicc");

[GenerateSerializer, Immutable, Alias("alms.NamedValue")]
public sealed record NamedValue(
    [property: Id(0)] string Name,
    [property: Id(1)] double Value);

/// <summary>A parameter estimate with its two-sided confidence bounds (Fisher-matrix bounds, MLE only).</summary>
[GenerateSerializer, Immutable, Alias("alms.ParameterBound")]
public sealed record ParameterBound(
    [property: Id(0)] string Name,
    [property: Id(1)] double Estimate,
    [property: Id(2)] double Lower,
    [property: Id(3)] double Upper);

/// <summary>R(t) at the estimate with its confidence bounds.</summary>
[GenerateSerializer, Immutable, Alias("alms.ReliabilityBound")]
public sealed record ReliabilityBound(
    [property: Id(0)] double Time,
    [property: Id(1)] double Estimate,
    [property: Id(2)] double Lower,
    [property: Id(3)] double Upper);

/// <summary>A covariance matrix in row-major order over the named parameters.</summary>
[GenerateSerializer, Immutable, Alias("alms.CovarianceMatrix")]
public sealed record CovarianceMatrix(
    [property: Id(0)] ImmutableArray<string> Names,
    [property: Id(1)] ImmutableArray<double> Values);

/// <summary>One fitted family.</summary>
[GenerateSerializer, Immutable, Alias("alms.LifeFitResult")]
public sealed record LifeFitResult(
    [property: Id(0)] string Family,
    [property: Id(1)] string Method,
    [property: Id(2)] string? Ranks,
    [property: Id(3)] ImmutableArray<NamedValue> Parameters,
    [property: Id(4)] CovarianceMatrix? Covariance,
    [property: Id(5)] ImmutableArray<ParameterBound> ParameterBounds,
    [property: Id(6)] ImmutableArray<ReliabilityBound> Reliability,
    [property: Id(7)] double LogLikelihood,
    [property: Id(8)] double Aicc,
    [property: Id(9)] double Bic,
    [property: Id(10)] int Failures,
    [property: Id(11)] int Suspensions,
    [property: Id(12)] double Mean,
    [property: Id(13)] double B10);

/// <summary>A family that could not be fitted to the data, and why.</summary>
[GenerateSerializer, Immutable, Alias("alms.FamilyRejection")]
public sealed record FamilyRejection(
    [property: Id(0)] string Family,
    [property: Id(1)] string Reason);

/// <summary>The fit: the chosen family first, every candidate ranked, and the families that failed.</summary>
[GenerateSerializer, Immutable, Alias("alms.LifeFitResponse")]
public sealed record LifeFitResponse(
    [property: Id(0)] LifeFitResult Best,
    [property: Id(1)] ImmutableArray<LifeFitResult> Candidates,
    [property: Id(2)] ImmutableArray<FamilyRejection> Rejected,
    [property: Id(3)] string Criterion,
    [property: Id(4)] double Confidence);

[GenerateSerializer, Immutable, Alias("alms.LifeFitOutcome")]
public sealed record LifeFitOutcome(
    [property: Id(0)] LifeFitResponse? Result,
    [property: Id(1)] CommandError? Error);

/// <summary>A class model fitted from its twins' recorded failures and installed on the class.</summary>
/// <param name="Assets">Twins of the class whose history was read.</param>
[GenerateSerializer, Immutable, Alias("alms.ClassFitResponse")]
public sealed record ClassFitResponse(
    [property: Id(0)] LifeFitResponse Fit,
    [property: Id(1)] Assets.AssetClassDefinition Class,
    [property: Id(2)] int Assets);

[GenerateSerializer, Immutable, Alias("alms.ClassFitOutcome")]
public sealed record ClassFitOutcome(
    [property: Id(0)] ClassFitResponse? Result,
    [property: Id(1)] CommandError? Error);
