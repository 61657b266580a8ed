using Alms.Twins.Engine.Reliability;
using MathNet.Numerics;
using MathNet.Numerics.Optimization;

namespace Alms.Twins.Engine.Economics;

/// <summary>The best age-replacement policy for a life distribution and cost pair.</summary>
/// <param name="HasFiniteOptimum">False when no preventive replacement age beats running to failure.</param>
/// <param name="OptimalAge">T*, or +∞ when there is no finite optimum.</param>
/// <param name="CostRate">C(T*), or the run-to-failure rate Cf/MTTF when there is no finite optimum.</param>
/// <param name="ReliabilityAtOptimum">R(T*), or 0 when there is no finite optimum.</param>
public sealed record AgeReplacementOptimum(bool HasFiniteOptimum, double OptimalAge, double CostRate, double ReliabilityAtOptimum);

/// <summary>
/// Age replacement: replace preventively at age T (cost Cp) or on failure (cost Cf), whichever comes first.
/// The long-run cost per unit time is C(T) = (Cp·R(T) + Cf·F(T)) / ∫₀^T R(t) dt (renewal-reward theorem), which
/// tends to Cf/MTTF as T → ∞.
/// </summary>
public sealed class AgeReplacementPolicy
{
    // The search for T* covers ages up to this quantile of life: beyond it C(T) equals the run-to-failure
    // rate to within the integration accuracy.
    private const double SearchQuantile = 1 - 1e-10;
    private const int ScanPoints = 400;

    public AgeReplacementPolicy(ILifeDistribution life, double preventiveCost, double failureCost)
    {
        ArgumentNullException.ThrowIfNull(life);
        if (!double.IsFinite(preventiveCost) || preventiveCost <= 0)
        {
            throw new ArgumentException($"must be finite and > 0 (was {preventiveCost})", nameof(preventiveCost));
        }

        if (!double.IsFinite(failureCost) || failureCost <= 0)
        {
            throw new ArgumentException($"must be finite and > 0 (was {failureCost})", nameof(failureCost));
        }

        Life = life;
        PreventiveCost = preventiveCost;
        FailureCost = failureCost;
    }

    public ILifeDistribution Life { get; }

    public double PreventiveCost { get; }

    public double FailureCost { get; }

    /// <summary>Cost per unit time of never replacing preventively: Cf / MTTF.</summary>
    public double RunToFailureCostRate => FailureCost / Life.Mean;

    /// <summary>Expected cycle length ∫₀^T R(t) dt.</summary>
    public double ExpectedCycleLength(double age)
    {
        RequireAge(age);
        // The quadrature may sample a hair outside [0, T] through rounding; R is not defined below 0.
        return Integrate.GaussKronrod(t => Life.Reliability(Math.Max(t, 0)), 0, age, 1e-11, 15, 61);
    }

    /// <summary>C(T), the long-run cost per unit time of replacing at age T.</summary>
    public double CostRate(double age)
    {
        RequireAge(age);
        var reliability = Life.Reliability(age);
        return ((PreventiveCost * reliability) + (FailureCost * (1 - reliability))) / ExpectedCycleLength(age);
    }

    /// <summary>
    /// The continuous minimiser T* of C(T): a coarse scan locates the best cell (C need not be unimodal for
    /// every life distribution), then golden-section search refines it. When the best point is the end of the
    /// scanned range, or no age beats Cf/MTTF (e.g. a non-increasing hazard, or Cf ≤ Cp), the policy is to run to
    /// failure.
    /// </summary>
    public AgeReplacementOptimum Optimise()
    {
        var runToFailure = new AgeReplacementOptimum(false, double.PositiveInfinity, RunToFailureCostRate, 0);
        if (FailureCost <= PreventiveCost)
        {
            return runToFailure;
        }

        var horizon = Life.Quantile(SearchQuantile);
        var step = horizon / ScanPoints;
        var best = 1;
        var bestCost = CostRate(step);
        for (var i = 2; i <= ScanPoints; i++)
        {
            var cost = CostRate(i * step);
            if (cost < bestCost)
            {
                (best, bestCost) = (i, cost);
            }
        }

        if (best == ScanPoints)
        {
            return runToFailure;
        }

        var minimum = GoldenSectionMinimizer.Minimum(
            ObjectiveFunction.ScalarValue(CostRate),
            Math.Max(best - 1, 0.01) * step,
            (best + 1) * step,
            xTolerance: horizon * 1e-12,
            maxIterations: 1000);
        var optimalAge = minimum.MinimizingPoint;
        var optimalCost = minimum.FunctionInfoAtMinimum.Value;
        return optimalCost < RunToFailureCostRate
            ? new AgeReplacementOptimum(true, optimalAge, optimalCost, Life.Reliability(optimalAge))
            : runToFailure;
    }

    private static void RequireAge(double age)
    {
        if (!double.IsFinite(age) || age <= 0)
        {
            throw new ArgumentException($"replacement age must be finite and > 0 (was {age})", nameof(age));
        }
    }
}
