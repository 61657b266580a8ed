using Alms.Twins.Engine.Reliability;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Alms.Twins.Engine.Degradation;

/// <summary>One unit's outcome with its covariates: failed at <paramref name="Time"/>, or still running then.</summary>
public sealed record CovariateObservation(double Time, bool Failed, IReadOnlyList<double> Covariates);

/// <summary>
/// Maximum-likelihood estimation of the coefficients b of a <see cref="ProportionalHazardsModel"/> with the
/// baseline held fixed. The log-likelihood Σ δ_i·(ln h₀(t_i) + b·z_i) − H₀(t_i)·exp(b·z_i) is concave in b
/// (its Hessian is −Σ H₀·exp(b·z)·z·zᵀ), so Newton's method with a line search converges from b = 0.
/// </summary>
public static class ProportionalHazardsEstimator
{
    public static ProportionalHazardsModel Fit(ILifeDistribution baseline, IReadOnlyList<CovariateObservation> observations)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(observations);
        if (observations.Count == 0)
        {
            throw new ArgumentException("at least one observation is required", nameof(observations));
        }

        var dimension = observations[0].Covariates?.Count ?? 0;
        if (dimension == 0)
        {
            throw new ArgumentException("observation [0] has no covariates", nameof(observations));
        }

        var exposures = new double[observations.Count];
        for (var i = 0; i < observations.Count; i++)
        {
            var o = observations[i];
            if (!double.IsFinite(o.Time) || o.Time <= 0)
            {
                throw new ArgumentException($"observation [{i}] time {o.Time} must be finite and > 0", nameof(observations));
            }

            if (o.Covariates is null || o.Covariates.Count != dimension || o.Covariates.Any(z => !double.IsFinite(z)))
            {
                throw new ArgumentException($"observation [{i}] needs {dimension} finite covariates", nameof(observations));
            }

            exposures[i] = baseline.CumulativeHazard(o.Time);
        }

        if (!observations.Any(o => o.Failed))
        {
            throw new ArgumentException("no failures: the coefficients cannot be estimated", nameof(observations));
        }

        (double, Vector<double>, Matrix<double>) NegativeLogLikelihood(Vector<double> b)
        {
            var value = 0.0;
            var gradient = Vector<double>.Build.Dense(dimension);
            var hessian = Matrix<double>.Build.Dense(dimension, dimension);
            for (var i = 0; i < observations.Count; i++)
            {
                var z = Vector<double>.Build.Dense([.. observations[i].Covariates]);
                var risk = exposures[i] * Math.Exp(b.DotProduct(z));
                var failed = observations[i].Failed ? 1.0 : 0.0;
                value -= (failed * b.DotProduct(z)) - risk;
                gradient -= z * (failed - risk);
                hessian += z.OuterProduct(z) * risk;
            }

            return (value, gradient, hessian);
        }

        var start = Vector<double>.Build.Dense(dimension);
        const string NoMaximum = "the likelihood has no finite maximum; the covariates may separate failures from survivors";
        MinimizationResult result;
        try
        {
            result = new NewtonMinimizer(1e-10, 200, useLineSearch: true)
                .FindMinimum(ObjectiveFunction.GradientHessian(NegativeLogLikelihood), start);
        }
        catch (Exception e) when (e is MaximumIterationsException or EvaluationException)
        {
            throw new ArgumentException(NoMaximum, nameof(observations), e);
        }

        if (result.ReasonForExit is not (ExitCondition.AbsoluteGradient or ExitCondition.RelativeGradient)
            || result.MinimizingPoint.Any(b => !double.IsFinite(b)))
        {
            throw new ArgumentException($"{NoMaximum} ({result.ReasonForExit})", nameof(observations));
        }

        return new ProportionalHazardsModel(baseline, [.. result.MinimizingPoint]);
    }
}
