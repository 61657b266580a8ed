using Alms.Twins.Engine.Reliability.Distributions;
using MathNet.Numerics;
using MathNet.Numerics.RootFinding;

namespace Alms.Twins.Engine.Reliability;

/// <summary>
/// Residual-life measures for any <see cref="ILifeDistribution"/>: conditional reliability, mean and median
/// residual life, B-lives. All work on the cumulative hazard, so they stay accurate at old ages where R(t) is tiny.
/// </summary>
public static class LifeDistributionExtensions
{
    // Above this cumulative hazard (R ≈ 4.5e−5) 1 − R is too coarse to invert through the quantile function.
    private const double QuantileInversionLimit = 10.0;
    private const double IntegrationRelativeError = 1e-11;
    private const int IntegrationDepth = 25;

    /// <summary>R(x | t) = R(t + x) / R(t): the probability that a unit aged <paramref name="age"/> survives
    /// a further <paramref name="additional"/> time units.</summary>
    public static double ConditionalReliability(this ILifeDistribution distribution, double age, double additional)
    {
        var hazardAtAge = HazardAtAge(distribution, age);
        RequireNonNegative(additional, nameof(additional));
        return Math.Exp(hazardAtAge - distribution.CumulativeHazard(age + additional));
    }

    /// <summary>
    /// Mean residual life MRL(t) = ∫ₜ^∞ R(u) du / R(t). MRL(0) is the mean life. Integrated numerically, on a
    /// scale set by the median residual life and with the tail mapped onto a finite interval, so that heavy tails
    /// (lognormal with large σ, Weibull with β &lt; 1) converge.
    /// </summary>
    public static double MeanResidualLife(this ILifeDistribution distribution, double age)
    {
        var hazardAtAge = HazardAtAge(distribution, age);
        var scale = distribution.MedianResidualLife(age);
        double Survival(double s) => Math.Exp(hazardAtAge - distribution.CumulativeHazard(age + s));

        // ∫₀^∞ S(s) ds = c [∫₀¹ S(cu) du + ∫₀¹ S(c/v) / v² dv], with u = s/c and v = c/s on the tail.
        var body = Integrate.GaussKronrod(u => Survival(scale * u), 0, 1, out _, out _, IntegrationRelativeError, IntegrationDepth, 31);
        var tail = Integrate.GaussKronrod(
            v => v <= 0 ? 0 : Survival(scale / v) / (v * v), 0, 1, out _, out _, IntegrationRelativeError, IntegrationDepth, 31);
        return scale * (body + tail);
    }

    /// <summary>The further time by which half of the units that reached <paramref name="age"/> have failed.</summary>
    public static double MedianResidualLife(this ILifeDistribution distribution, double age) =>
        distribution.ResidualBLife(age, 50);

    /// <summary>B-life: the time by which <paramref name="percentFailed"/> % of units have failed (B10: 10).</summary>
    public static double BLife(this ILifeDistribution distribution, double percentFailed) =>
        distribution.Quantile(FractionFailed(percentFailed));

    /// <summary>
    /// Residual B-life: the further time by which <paramref name="percentFailed"/> % of the units that reached
    /// <paramref name="age"/> have failed, i.e. x with R(x | age) = 1 − p.
    /// </summary>
    public static double ResidualBLife(this ILifeDistribution distribution, double age, double percentFailed)
    {
        var fraction = FractionFailed(percentFailed);
        var hazardAtAge = HazardAtAge(distribution, age);
        var targetHazard = hazardAtAge - PreciseMath.LogOnePlus(-fraction);
        if (targetHazard <= QuantileInversionLimit)
        {
            var time = distribution.Quantile(-PreciseMath.ExpMinusOne(-targetHazard));
            return Math.Max(time - age, 0);
        }

        return SolveCumulativeHazard(distribution, age, targetHazard) - age;
    }

    private static double SolveCumulativeHazard(ILifeDistribution distribution, double age, double targetHazard)
    {
        var lower = age;
        var upper = Math.Max(2 * age, 1.0);
        while (distribution.CumulativeHazard(upper) < targetHazard)
        {
            lower = upper;
            upper *= 2;
            if (double.IsInfinity(upper))
            {
                throw new ArgumentException("distribution: the cumulative hazard never reaches the requested fraction failed", nameof(distribution));
            }
        }

        return Brent.FindRoot(t => distribution.CumulativeHazard(t) - targetHazard, lower, upper, 1e-12 * upper, 200);
    }

    private static double HazardAtAge(ILifeDistribution distribution, double age)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        RequireNonNegative(age, nameof(age));
        var hazard = distribution.CumulativeHazard(age);
        return double.IsFinite(hazard)
            ? hazard
            : throw new ArgumentOutOfRangeException(nameof(age), age, "reliability at this age is zero, so residual life is undefined");
    }

    private static double FractionFailed(double percentFailed) =>
        double.IsFinite(percentFailed) && percentFailed > 0 && percentFailed < 100
            ? percentFailed / 100
            : throw new ArgumentOutOfRangeException(nameof(percentFailed), percentFailed, "percentFailed must lie strictly between 0 and 100");

    private static void RequireNonNegative(double value, string name)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be finite and ≥ 0");
        }
    }
}
