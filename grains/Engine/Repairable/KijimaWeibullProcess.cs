using MathNet.Numerics;

namespace Alms.Twins.Engine.Repairable;

/// <summary>How a repair changes the virtual age in Kijima's imperfect-repair models.</summary>
public enum KijimaType
{
    /// <summary>Type I: a repair removes only the damage of the last interval, V_i = V_{i−1} + q·X_i.</summary>
    TypeI,

    /// <summary>Type II: a repair rejuvenates all accumulated damage, V_i = q·(V_{i−1} + X_i).</summary>
    TypeII,
}

/// <summary>
/// Imperfect repair with Kijima virtual ages over a Weibull baseline, H(t) = (t/η)^β. The restoration factor
/// q runs from 0 (each repair renews: an iid Weibull renewal process) to 1 (minimal repair: the power-law
/// NHPP with the same cumulative hazard). Given virtual age V after a repair, the next inter-failure time X
/// has R(x | V) = exp(−(H(V + x) − H(V))).
/// </summary>
public sealed class KijimaWeibullProcess
{
    public KijimaWeibullProcess(double beta, double eta, double q, KijimaType type)
    {
        EventTimeGuard.RequirePositive(beta, nameof(beta));
        EventTimeGuard.RequirePositive(eta, nameof(eta));
        if (!(q >= 0 && q <= 1))
        {
            throw new ArgumentException($"restoration factor must be in [0, 1] (was {q})", nameof(q));
        }

        if (!Enum.IsDefined(type))
        {
            throw new ArgumentException($"unknown Kijima type {type}", nameof(type));
        }

        Beta = beta;
        Eta = eta;
        Q = q;
        Type = type;
    }

    public double Beta { get; }

    public double Eta { get; }

    public double Q { get; }

    public KijimaType Type { get; }

    /// <summary>Baseline cumulative hazard (t/η)^β.</summary>
    public double CumulativeHazard(double age) => Math.Pow(age / Eta, Beta);

    /// <summary>Baseline hazard (β/η)(t/η)^(β−1).</summary>
    public double Hazard(double age) => Beta / Eta * Math.Pow(age / Eta, Beta - 1);

    /// <summary>Virtual ages V_0 = 0, V_1 … V_n after each of the n repairs.</summary>
    public double[] VirtualAges(IReadOnlyList<double> interFailureTimes)
    {
        RequireIntervals(interFailureTimes, nameof(interFailureTimes));
        var ages = new double[interFailureTimes.Count + 1];
        for (var i = 0; i < interFailureTimes.Count; i++)
        {
            ages[i + 1] = NextVirtualAge(ages[i], interFailureTimes[i]);
        }

        return ages;
    }

    /// <summary>
    /// Log-likelihood of the inter-failure times: Σ [ln h(V_{i−1} + x_i) − (H(V_{i−1} + x_i) − H(V_{i−1}))],
    /// plus, when observation went on for <paramref name="timeSinceLastFailure"/> after the last failure
    /// without another one, the survival term −(H(V_n + c) − H(V_n)).
    /// </summary>
    public double LogLikelihood(IReadOnlyList<double> interFailureTimes, double timeSinceLastFailure = 0)
    {
        EventTimeGuard.RequireNonNegative(timeSinceLastFailure, nameof(timeSinceLastFailure));
        var ages = VirtualAges(interFailureTimes);
        var logLikelihood = 0.0;
        for (var i = 0; i < interFailureTimes.Count; i++)
        {
            var ageAtFailure = ages[i] + interFailureTimes[i];
            logLikelihood += Math.Log(Hazard(ageAtFailure)) - (CumulativeHazard(ageAtFailure) - CumulativeHazard(ages[i]));
        }

        var lastAge = ages[^1];
        return logLikelihood - (CumulativeHazard(lastAge + timeSinceLastFailure) - CumulativeHazard(lastAge));
    }

    /// <summary>R(x | V): probability of running x more without failure from virtual age V.</summary>
    public double ConditionalReliability(double x, double virtualAge)
    {
        EventTimeGuard.RequireNonNegative(x, nameof(x));
        EventTimeGuard.RequireNonNegative(virtualAge, nameof(virtualAge));
        return Math.Exp(-(CumulativeHazard(virtualAge + x) - CumulativeHazard(virtualAge)));
    }

    /// <summary>
    /// Mean residual life from virtual age V, ∫₀^∞ R(x | V) dx = e^{H(V)}·∫_V^∞ e^{−H(u)} du. The tail integral is
    /// η·Γ(1 + 1/β)·Q(1/β, H(V)) with Q the upper regularised incomplete gamma function.
    /// </summary>
    public double ConditionalMeanResidualLife(double virtualAge)
    {
        EventTimeGuard.RequireNonNegative(virtualAge, nameof(virtualAge));
        var h = CumulativeHazard(virtualAge);
        var mean = Eta * SpecialFunctions.Gamma(1 + (1 / Beta));

        // Young ages: Q(1/β, H) is 1 minus a tiny quantity that the incomplete gamma function rounds away, so
        // subtract the life already used, ∫₀^V e^{−H(u)} du, from the mean instead.
        if (h < 1)
        {
            // Double-exponential quadrature copes with the unbounded derivative of e^{−H} at 0 when β < 1.
            var used = virtualAge == 0 ? 0 : Integrate.DoubleExponential(u => Math.Exp(-CumulativeHazard(Math.Max(u, 0))), 0, virtualAge, 1e-13);
            return Math.Exp(h) * (mean - used);
        }

        // Old ages: e^{H} overflows long before the product does, so integrate R(x | V) directly, up to the x
        // at which it has underflowed (e^{−745}).
        if (h > 500)
        {
            var horizon = (Eta * Math.Pow(h + 745, 1 / Beta)) - virtualAge;
            return Integrate.GaussKronrod(x => ConditionalReliability(Math.Max(x, 0), virtualAge), 0, horizon, 1e-11, 15, 61);
        }

        return Math.Exp(h) * mean * SpecialFunctions.GammaUpperRegularized(1 / Beta, h);
    }

    private double NextVirtualAge(double previous, double interval) =>
        Type == KijimaType.TypeI ? previous + (Q * interval) : Q * (previous + interval);

    private static void RequireIntervals(IReadOnlyList<double> intervals, string paramName)
    {
        ArgumentNullException.ThrowIfNull(intervals, paramName);
        if (intervals.Count == 0)
        {
            throw new ArgumentException("at least one inter-failure time is required", paramName);
        }

        for (var i = 0; i < intervals.Count; i++)
        {
            if (!double.IsFinite(intervals[i]) || intervals[i] <= 0)
            {
                throw new ArgumentException($"inter-failure time [{i}] = {intervals[i]} must be finite and > 0", paramName);
            }
        }
    }
}
