using MathNet.Numerics;

namespace Alms.Twins.Engine.Repairable;

/// <summary>
/// Maximum-likelihood estimation of the power-law NHPP (Crow-AMSAA) from failure ages.
/// </summary>
public static class CrowAmsaa
{
    /// <summary>
    /// One system observed until its last failure T = t_n: β̂ = n / (n·ln T − Σ ln t_i), λ̂ = n / T^β̂.
    /// </summary>
    public static CrowAmsaaFit FitFailureTerminated(IReadOnlyList<double> failureTimes)
    {
        EventTimeGuard.RequireSortedPositive(failureTimes, nameof(failureTimes));
        if (failureTimes.Count < 2)
        {
            throw new ArgumentException("failure-terminated data need at least two failures", nameof(failureTimes));
        }

        return FitSingle(failureTimes, failureTimes[^1], ObservationEnd.FailureTerminated);
    }

    /// <summary>
    /// One system observed until <paramref name="endTime"/> ≥ the last failure:
    /// β̂ = n / (n·ln T − Σ ln t_i), λ̂ = n / T^β̂.
    /// </summary>
    public static CrowAmsaaFit FitTimeTerminated(IReadOnlyList<double> failureTimes, double endTime)
    {
        var history = new RecurrenceHistory(failureTimes, endTime);
        if (history.EventTimes.Count == 0)
        {
            throw new ArgumentException("at least one failure is required", nameof(failureTimes));
        }

        return FitSingle(history.EventTimes, endTime, ObservationEnd.TimeTerminated);
    }

    /// <summary>
    /// Several systems, each observed from age 0 to its own end time. The shape solves
    /// N/β + Σ ln t − N·Σ T_q^β ln T_q / Σ T_q^β = 0, then λ̂ = N / Σ T_q^β. With equal end times this reduces
    /// to the single-system closed form over the pooled failures.
    /// </summary>
    public static CrowAmsaaFit FitMultipleSystems(IReadOnlyList<RecurrenceHistory> systems)
    {
        ArgumentNullException.ThrowIfNull(systems);
        if (systems.Count == 0)
        {
            throw new ArgumentException("at least one system is required", nameof(systems));
        }

        var failureCount = systems.Sum(s => s.EventTimes.Count);
        if (failureCount == 0)
        {
            throw new ArgumentException("the systems have no failures", nameof(systems));
        }

        // Work with ages scaled by the longest observation so that T^β cannot overflow.
        var longest = systems.Max(s => s.EndTime);
        var scaledEnds = systems.Select(s => s.EndTime / longest).ToArray();
        var sumLogScaled = systems.Sum(s => s.EventTimes.Sum(t => Math.Log(t / longest)));
        if (sumLogScaled >= 0)
        {
            throw new ArgumentException("every failure is at the end of the longest observation: the shape is unbounded", nameof(systems));
        }

        double Score(double beta)
        {
            var weight = scaledEnds.Sum(u => Math.Pow(u, beta));
            var weightedLog = scaledEnds.Sum(u => Math.Pow(u, beta) * Math.Log(u));
            return (failureCount / beta) + sumLogScaled - (failureCount * weightedLog / weight);
        }

        // The score falls from +∞ at β→0 towards Σ ln(t/T_max) < 0, so a bracket exists.
        var upper = failureCount / -sumLogScaled;
        while (Score(upper) > 0)
        {
            upper *= 2;
        }

        var beta = FindRoots.OfFunction(Score, upper / 1e6, upper, 1e-14, 200);
        var lambda = failureCount / systems.Sum(s => Math.Pow(s.EndTime, beta));
        var sumLog = systems.Sum(s => s.EventTimes.Sum(Math.Log));
        return new CrowAmsaaFit(new PowerLawProcess(beta, lambda), failureCount, longest, ObservationEnd.TimeTerminated, sumLog);
    }

    private static CrowAmsaaFit FitSingle(IReadOnlyList<double> failureTimes, double endTime, ObservationEnd end)
    {
        var n = failureTimes.Count;
        var sumLog = failureTimes.Sum(Math.Log);
        var denominator = (n * Math.Log(endTime)) - sumLog;
        if (denominator <= 0)
        {
            throw new ArgumentException("every failure is at the end of observation: the shape is unbounded", nameof(failureTimes));
        }

        var beta = n / denominator;
        var lambda = n / Math.Pow(endTime, beta);
        return new CrowAmsaaFit(new PowerLawProcess(beta, lambda), n, endTime, end, sumLog);
    }
}
