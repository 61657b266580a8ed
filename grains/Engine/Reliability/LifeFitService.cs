using System.Collections.Immutable;
using Alms.Twins.Engine.Reliability.Fitting;
using Alms.Twins.Reliability;

namespace Alms.Twins.Engine.Reliability;

/// <summary>Answers a <see cref="LifeFitRequest"/>: validates it, fits, and maps the engine's results to contracts.</summary>
public static class LifeFitService
{
    public static LifeFitOutcome Fit(LifeFitRequest request)
    {
        var (families, method, ranks, criterion, error) = ParseRequest(request);
        if (error is not null)
        {
            return new LifeFitOutcome(null, error);
        }

        LifeData data;
        try
        {
            data = new LifeData(request.Failures.IsDefault ? [] : request.Failures, request.Suspensions ?? []);
        }
        catch (ArgumentException e)
        {
            return new LifeFitOutcome(null, EngineErrors.ToCommandError(e, "failures"));
        }

        var best = LifeDataFitter.FitBest(data, families, criterion, method, ranks);
        if (best.Best is null)
        {
            var reason = string.Join("; ", best.Failures.Select(f => $"{f.Family.Name()}: {f.Reason}"));
            return new LifeFitOutcome(null, CommandError.Invalid(request.Family is null ? "failures" : "family", $"no family could be fitted to these data ({reason})"));
        }

        var times = request.ReliabilityAt ?? [];
        var candidates = best.Candidates.Select(fit => ToResult(fit, request.Confidence, times)).ToImmutableArray();
        return new LifeFitOutcome(
            new LifeFitResponse(
                candidates[0],
                candidates,
                [.. best.Failures.Select(f => new FamilyRejection(f.Family.Name(), f.Reason))],
                criterion == SelectionCriterion.Bic ? "bic" : "aicc",
                request.Confidence),
            null);
    }

    /// <summary>Maps one engine fit to its contract, with parameter bounds (MLE only) and R(t) bounds at the given times.</summary>
    public static LifeFitResult ToResult(LifeFit fit, double confidence, IReadOnlyList<double> reliabilityAt)
    {
        var distribution = fit.ToDistribution();
        var hasCovariance = fit.Covariance is not null;
        return new LifeFitResult(
            fit.FamilyName,
            MethodName(fit.Method),
            fit.Ranks switch { RankMethod.Benard => "benard", RankMethod.ExactMedian => "exact", _ => null },
            [.. fit.Parameters.Select(p => new NamedValue(p.Name, p.Value))],
            fit.Covariance is { } c ? new CovarianceMatrix([.. c.Names], [.. c.Values]) : null,
            hasCovariance ? [.. ConfidenceBounds.Parameters(fit, confidence).Select(b => new ParameterBound(b.Name, b.Estimate, b.Lower, b.Upper))] : [],
            [.. reliabilityAt.Select(t => ReliabilityAt(fit, distribution, t, confidence, hasCovariance))],
            fit.LogLikelihood,
            fit.Aicc,
            fit.Bic,
            fit.FailureCount,
            fit.SuspensionCount,
            distribution.Mean,
            distribution.BLife(10));
    }

    private static ReliabilityBound ReliabilityAt(LifeFit fit, ILifeDistribution distribution, double time, double confidence, bool hasCovariance)
    {
        if (!hasCovariance)
        {
            var r = distribution.Reliability(time);
            return new ReliabilityBound(time, r, r, r);
        }

        var bound = ConfidenceBounds.Reliability(fit, time, confidence);
        return new ReliabilityBound(time, bound.Estimate, bound.Lower, bound.Upper);
    }

    private static (IReadOnlyList<LifeFamily>? Families, FitMethod Method, RankMethod Ranks, SelectionCriterion Criterion, CommandError? Error) ParseRequest(LifeFitRequest request)
    {
        IReadOnlyList<LifeFamily>? families = null;
        if (request.Family is { } name)
        {
            var family = LifeFamilies.All.Where(f => string.Equals(f.Name(), name, StringComparison.OrdinalIgnoreCase)).Select(f => (LifeFamily?)f).FirstOrDefault();
            if (family is null)
            {
                return (null, default, default, default, CommandError.Invalid("family", $"'{name}' is not one of {string.Join(", ", LifeFamilies.All.Select(f => f.Name()))}"));
            }

            families = [family.Value];
        }

        FitMethod? method = request.Method?.ToLowerInvariant() switch
        {
            "mle" => FitMethod.MaximumLikelihood,
            "rry" => FitMethod.RankRegressionOnY,
            "rrx" => FitMethod.RankRegressionOnX,
            _ => null,
        };
        RankMethod? ranks = request.Ranks?.ToLowerInvariant() switch
        {
            "exact" => RankMethod.ExactMedian,
            "benard" => RankMethod.Benard,
            _ => null,
        };
        SelectionCriterion? criterion = request.Criterion?.ToLowerInvariant() switch
        {
            "aicc" => SelectionCriterion.Aicc,
            "bic" => SelectionCriterion.Bic,
            _ => null,
        };
        CommandError? invalid =
            method is null ? CommandError.Invalid("method", "must be mle, rry or rrx")
            : ranks is null ? CommandError.Invalid("ranks", "must be exact or benard")
            : criterion is null ? CommandError.Invalid("criterion", "must be aicc or bic")
            : request.Confidence is not (> 0 and < 1) ? CommandError.Invalid("confidence", "must lie strictly between 0 and 1")
            : (request.ReliabilityAt ?? []).Any(t => !double.IsFinite(t) || t < 0) ? CommandError.Invalid("reliabilityAt", "times must be finite and non-negative")
            : null;
        return (families, method ?? default, ranks ?? default, criterion ?? default, invalid);
    }

    private static string MethodName(FitMethod method) => method switch
    {
        FitMethod.RankRegressionOnY => "rry",
        FitMethod.RankRegressionOnX => "rrx",
        _ => "mle",
    };
}
