using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Alms.Twins.Engine.Repairable;

/// <summary>The parametric mean cumulative function MCF(t) = (t/α)^β.</summary>
public sealed record PowerLawMcf(double Alpha, double Beta)
{
    public double Evaluate(double t)
    {
        EventTimeGuard.RequireNonNegative(t, nameof(t));
        return Math.Pow(t / Alpha, Beta);
    }
}

/// <summary>
/// Fits MCF(t) = (t/α)^β to the non-parametric MCF points by unweighted non-linear least squares
/// (Levenberg-Marquardt), started from the straight-line fit of ln MCF on ln t. This is the method of the
/// Python <c>reliability</c> package's <c>MCF_parametric</c>, whose published values it reproduces.
/// </summary>
public static class PowerLawMcfFit
{
    public static PowerLawMcf Fit(IReadOnlyList<McfPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count < 2)
        {
            throw new ArgumentException("at least two MCF points are required", nameof(points));
        }

        if (points.Any(p => !(p.Time > 0) || !(p.Mcf > 0) || !double.IsFinite(p.Time) || !double.IsFinite(p.Mcf)))
        {
            throw new ArgumentException("every point needs a finite time > 0 and MCF > 0", nameof(points));
        }

        var times = points.Select(p => p.Time).ToArray();
        var values = points.Select(p => p.Mcf).ToArray();
        if (times.Distinct().Count() < 2)
        {
            throw new ArgumentException("the points need at least two distinct times", nameof(points));
        }

        var (intercept, slope) = MathNet.Numerics.Fit.Line([.. times.Select(t => Math.Log(t))], [.. values.Select(v => Math.Log(v))]);
        var start = Vector<double>.Build.Dense([Math.Exp(-intercept / slope), slope]);

        var model = ObjectiveFunction.NonlinearModel(
            (p, t) => Math.Pow(t / p[0], p[1]),
            (p, t) =>
            {
                var value = Math.Pow(t / p[0], p[1]);
                return Vector<double>.Build.Dense([-value * p[1] / p[0], value * Math.Log(t / p[0])]);
            },
            Vector<double>.Build.Dense(times),
            Vector<double>.Build.Dense(values));

        var result = new LevenbergMarquardtMinimizer(maximumIterations: 1000).FindMinimum(model, start);
        if (result.ReasonForExit is ExitCondition.ExceedIterations or ExitCondition.InvalidValues)
        {
            throw new ArgumentException($"the least-squares fit did not converge ({result.ReasonForExit})", nameof(points));
        }

        return new PowerLawMcf(result.MinimizingPoint[0], result.MinimizingPoint[1]);
    }
}
