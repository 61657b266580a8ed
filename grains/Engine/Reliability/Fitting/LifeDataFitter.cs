using MathNet.Numerics;

namespace Alms.Twins.Engine.Reliability.Fitting;

/// <summary>
/// Fits life distributions to <see cref="LifeData"/> by maximum likelihood or median-rank regression and
/// chooses the best family by AICc or BIC.
/// </summary>
public static class LifeDataFitter
{
    /// <summary>
    /// Fits one family. Throws <see cref="ArgumentException"/> when the data cannot support the family
    /// (too few distinct failures, unbounded likelihood, no convergence, method not available for the family).
    /// </summary>
    public static LifeFit Fit(
        LifeData data,
        LifeFamily family,
        FitMethod method = FitMethod.MaximumLikelihood,
        RankMethod ranks = RankMethod.ExactMedian)
    {
        ArgumentNullException.ThrowIfNull(data);
        var values = method switch
        {
            FitMethod.MaximumLikelihood => MaximumLikelihood.Estimate(family, data),
            FitMethod.RankRegressionOnY or FitMethod.RankRegressionOnX => RankRegression.Estimate(family, data, method, ranks),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "unknown fit method"),
        };

        // Creating the distribution validates the estimate (e.g. a regression slope that came out negative).
        var distribution = family.Create(values);
        var logLikelihood = LogLikelihood.Evaluate(distribution, data);
        var covariance = method == FitMethod.MaximumLikelihood ? FisherCovariance.Compute(family, values, data) : null;
        var names = family.ParameterNames();
        var k = names.Count;
        var n = data.Count;

        return new LifeFit(
            family,
            method,
            method == FitMethod.MaximumLikelihood ? null : ranks,
            [.. names.Select((name, i) => new NamedParameter(name, values[i]))],
            covariance,
            logLikelihood,
            Aicc: n - k - 1 > 0 ? 2 * k - 2 * logLikelihood + 2.0 * k * (k + 1) / (n - k - 1) : double.PositiveInfinity,
            Bic: k * Math.Log(n) - 2 * logLikelihood,
            data.FailureCount,
            data.SuspensionCount);
    }

    /// <summary>
    /// Fits every family in <paramref name="families"/> (all by default) and ranks them by
    /// <paramref name="criterion"/>; a family that cannot be fitted is reported in
    /// <see cref="BestFitResult.Failures"/> rather than thrown.
    /// </summary>
    public static BestFitResult FitBest(
        LifeData data,
        IEnumerable<LifeFamily>? families = null,
        SelectionCriterion criterion = SelectionCriterion.Aicc,
        FitMethod method = FitMethod.MaximumLikelihood,
        RankMethod ranks = RankMethod.ExactMedian)
    {
        ArgumentNullException.ThrowIfNull(data);
        var fits = new List<LifeFit>();
        var failures = new List<FitFailure>();
        foreach (var family in families ?? LifeFamilies.All)
        {
            try
            {
                var fit = Fit(data, family, method, ranks);
                if (double.IsFinite(fit.LogLikelihood))
                {
                    fits.Add(fit);
                }
                else
                {
                    failures.Add(new FitFailure(family, "the log-likelihood at the estimate is not finite"));
                }
            }
            catch (Exception e) when (e is ArgumentException or NonConvergenceException or ArithmeticException)
            {
                failures.Add(new FitFailure(family, e.Message));
            }
        }

        Func<LifeFit, double> score = criterion == SelectionCriterion.Bic ? f => f.Bic : f => f.Aicc;
        return new BestFitResult(criterion, [.. fits.OrderBy(score).ThenBy(f => f.Bic)], failures);
    }
}
