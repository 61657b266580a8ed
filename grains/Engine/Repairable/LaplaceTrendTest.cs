using MathNet.Numerics.Distributions;

namespace Alms.Twins.Engine.Repairable;

/// <summary>Result of the Laplace trend test.</summary>
/// <param name="Statistic">U: positive when failures bunch late (deterioration), negative when early (growth).</param>
/// <param name="PValueTwoSided">P(|Z| ≥ |U|) under a homogeneous Poisson process.</param>
public sealed record LaplaceTrendResult(double Statistic, double PValueTwoSided);

/// <summary>
/// The Laplace test for trend in the failure ages of one repairable system:
/// U = (Σ t_i / n − T/2) / (T·√(1/(12n))), approximately standard normal when there is no trend.
/// </summary>
public static class LaplaceTrendTest
{
    /// <summary>Observation ended at <paramref name="endTime"/>; all n failures count.</summary>
    public static LaplaceTrendResult ForTimeTerminated(IReadOnlyList<double> failureTimes, double endTime)
    {
        var history = new RecurrenceHistory(failureTimes, endTime);
        if (history.EventTimes.Count == 0)
        {
            throw new ArgumentException("at least one failure is required", nameof(failureTimes));
        }

        return Evaluate(history.EventTimes, endTime);
    }

    /// <summary>
    /// Observation ended at the last failure t_n, which fixes T and is therefore not random: the statistic uses
    /// the first n−1 failures and T = t_n.
    /// </summary>
    public static LaplaceTrendResult ForFailureTerminated(IReadOnlyList<double> failureTimes)
    {
        EventTimeGuard.RequireSortedPositive(failureTimes, nameof(failureTimes));
        if (failureTimes.Count < 2)
        {
            throw new ArgumentException("failure-terminated data need at least two failures", nameof(failureTimes));
        }

        return Evaluate([.. failureTimes.Take(failureTimes.Count - 1)], failureTimes[^1]);
    }

    private static LaplaceTrendResult Evaluate(IReadOnlyList<double> times, double endTime)
    {
        var n = times.Count;
        var statistic = ((times.Average() - (endTime / 2)) / endTime) * Math.Sqrt(12.0 * n);
        var pValue = 2 * Normal.CDF(0, 1, -Math.Abs(statistic));
        return new LaplaceTrendResult(statistic, pValue);
    }
}
