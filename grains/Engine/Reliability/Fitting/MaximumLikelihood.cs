using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Alms.Twins.Engine.Reliability.Fitting;

/// <summary>
/// Maximum-likelihood point estimates per family: closed forms where they exist (exponential; lognormal and
/// normal without suspensions), the Weibull profile equation, and otherwise Nelder–Mead polished by Newton steps
/// on an unconstrained parameterisation (log of positive parameters).
/// </summary>
internal static class MaximumLikelihood
{
    private const double SimplexTolerance = 1e-10;
    private const int SimplexIterations = 20000;
    private const int NewtonIterations = 20;

    public static double[] Estimate(LifeFamily family, LifeData data)
    {
        RequireFailures(family, data);
        return family switch
        {
            LifeFamily.Weibull2 => Weibull2(data),
            LifeFamily.Weibull3 => WeibullLocationSearch.MaximumLikelihood(data),
            LifeFamily.Exponential => [data.FailureCount / (data.Failures.Sum() + data.Suspensions.Sum())],
            LifeFamily.Lognormal => LocationScale(family, data, Math.Log),
            LifeFamily.Normal => LocationScale(family, data, t => t),
            LifeFamily.Gamma => Gamma(data),
            _ => throw new ArgumentOutOfRangeException(nameof(family), family, "unknown life family"),
        };
    }

    /// <summary>The fewest distinct failure times with which the family's MLE exists.</summary>
    public static int MinimumDistinctFailures(LifeFamily family) => family switch
    {
        LifeFamily.Exponential => 1,
        LifeFamily.Weibull3 => 3,
        _ => 2,
    };

    private static void RequireFailures(LifeFamily family, LifeData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var needed = MinimumDistinctFailures(family);
        if (data.DistinctFailureCount < needed)
        {
            throw new ArgumentException(
                $"failures: {family.Name()} needs at least {needed} distinct failure times, got {data.DistinctFailureCount}",
                nameof(data));
        }
    }

    private static double[] Weibull2(LifeData data)
    {
        var (beta, eta) = WeibullProfileLikelihood.Solve(data, 0);
        return [beta, eta];
    }

    private static double[] LocationScale(LifeFamily family, LifeData data, Func<double, double> transform)
    {
        // Without suspensions the MLE is the mean and the (divide-by-n) standard deviation of the transformed times;
        // with them, that failures-only estimate starts the search.
        var values = data.Failures.Select(transform).ToArray();
        var mean = values.Average();
        var sigma = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Length);
        if (data.SuspensionCount == 0)
        {
            return [mean, sigma];
        }

        var best = Minimise(
            family,
            p => -LogLikelihood.Evaluate(family, [p[0], Math.Exp(p[1])], data),
            [mean, Math.Log(sigma)]);
        return [best[0], Math.Exp(best[1])];
    }

    private static double[] Gamma(LifeData data)
    {
        // Start from the complete-data approximation of Minka (2002) on the failures: k ≈ (3 − s + √((s−3)² + 24s)) / 12s,
        // with s = ln(mean) − mean(ln t).
        var mean = data.Failures.Average();
        var s = Math.Log(mean) - data.Failures.Average(Math.Log);
        var shape = (3 - s + Math.Sqrt((s - 3) * (s - 3) + 24 * s)) / (12 * s);
        var best = Minimise(
            LifeFamily.Gamma,
            p => -LogLikelihood.Evaluate(LifeFamily.Gamma, [Math.Exp(p[0]), Math.Exp(p[1])], data),
            [Math.Log(shape), Math.Log(mean / shape)]);
        return [Math.Exp(best[0]), Math.Exp(best[1])];
    }

    /// <summary>
    /// Nelder–Mead to reach the neighbourhood of the optimum, then Newton steps on finite-difference derivatives
    /// (halving a step until it improves) for the last digits, which the simplex approaches only slowly.
    /// </summary>
    private static double[] Minimise(LifeFamily family, Func<double[], double> objective, double[] start)
    {
        var function = ObjectiveFunction.Value(v => objective([.. v]));
        double[] point;
        try
        {
            point = NelderMeadSimplex.Minimum(function, Vector<double>.Build.DenseOfArray(start), SimplexTolerance, SimplexIterations)
                .MinimizingPoint.ToArray();
        }
        catch (MaximumIterationsException)
        {
            throw new ArgumentException($"family: the {family.Name()} likelihood search did not converge on these data", nameof(family));
        }

        var value = objective(point);
        if (!point.All(double.IsFinite) || !double.IsFinite(value))
        {
            throw new ArgumentException($"family: the {family.Name()} likelihood has no finite maximum for these data", nameof(family));
        }

        for (var iteration = 0; iteration < NewtonIterations; iteration++)
        {
            var step = NewtonStep(objective, point);
            if (step is null)
            {
                break;
            }

            var (next, nextValue, scale) = HalveUntilImproved(objective, point, value, step);
            if (next is null)
            {
                break;
            }

            var moved = step.AbsoluteMaximum() * scale;
            (point, value) = (next, nextValue);
            if (moved <= 1e-12 * Math.Max(1, point.Max(Math.Abs)))
            {
                break;
            }
        }

        return point;
    }

    /// <summary>The Newton direction −H⁻¹g, or null where the Hessian is not positive definite.</summary>
    private static Vector<double>? NewtonStep(Func<double[], double> objective, double[] point)
    {
        var hessian = FiniteDifferences.Hessian(objective, point);
        if (!hessian.Enumerate().All(double.IsFinite) || hessian.Evd(Symmetricity.Symmetric).EigenValues.Any(e => e.Real <= 0))
        {
            return null;
        }

        return -hessian.Solve(FiniteDifferences.Gradient(objective, point));
    }

    private static (double[]? Point, double Value, double Scale) HalveUntilImproved(Func<double[], double> objective, double[] point, double value, Vector<double> step)
    {
        for (var scale = 1.0; scale > 1e-6; scale /= 2)
        {
            var candidate = point.Select((x, i) => x + scale * step[i]).ToArray();
            var candidateValue = objective(candidate);
            if (candidateValue <= value)
            {
                return (candidate, candidateValue, scale);
            }
        }

        return (null, value, 0);
    }
}
