using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Alms.Twins.Engine.Reliability.Fitting;

/// <summary>
/// Maximum-likelihood point estimates per family: closed forms where they exist (exponential; lognormal and
/// normal without suspensions), the Weibull profile equation, and Nelder–Mead on an unconstrained
/// parameterisation (log of positive parameters) otherwise.
/// </summary>
internal static class MaximumLikelihood
{
    private const double SimplexTolerance = 1e-13;
    private const int SimplexIterations = 20000;

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

    /// <summary>Nelder–Mead, restarted once from its own answer so that a collapsed simplex cannot stop it early.</summary>
    private static double[] Minimise(LifeFamily family, Func<double[], double> objective, double[] start)
    {
        var function = ObjectiveFunction.Value(v => objective([.. v]));
        var point = Vector<double>.Build.DenseOfArray(start);
        try
        {
            for (var pass = 0; pass < 2; pass++)
            {
                point = NelderMeadSimplex.Minimum(function, point, SimplexTolerance, SimplexIterations).MinimizingPoint;
            }
        }
        catch (MaximumIterationsException)
        {
            throw new ArgumentException($"family: the {family.Name()} likelihood search did not converge on these data", nameof(family));
        }

        var result = point.ToArray();
        if (!result.All(double.IsFinite) || !double.IsFinite(objective(result)))
        {
            throw new ArgumentException($"family: the {family.Name()} likelihood has no finite maximum for these data", nameof(family));
        }

        return result;
    }
}
