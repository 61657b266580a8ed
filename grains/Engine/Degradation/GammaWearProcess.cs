using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.RootFinding;

namespace Alms.Twins.Engine.Degradation;

/// <summary>
/// Stationary gamma-process wear: X(t) ~ Gamma(shape a·t, scale b), independent increments, X(0) = 0. The
/// mean wear is a·b·t and the variance a·b²·t. Failure is the first time wear reaches a threshold L; since
/// paths only go up, P(T ≤ t) = P(X(t) ≥ L) = Q(a·t, L/b) with Q the upper regularised incomplete gamma.
/// </summary>
public sealed class GammaWearProcess
{
    public GammaWearProcess(double shapeRate, double scale)
    {
        DegradationGuard.RequirePositive(shapeRate, nameof(shapeRate));
        DegradationGuard.RequirePositive(scale, nameof(scale));
        ShapeRate = shapeRate;
        Scale = scale;
    }

    /// <summary>a: gamma shape per unit time.</summary>
    public double ShapeRate { get; }

    /// <summary>b: gamma scale, in wear units.</summary>
    public double Scale { get; }

    /// <summary>The wear at age t (MathNet's Gamma takes a rate, 1/b).</summary>
    public Gamma WearAt(double t, Random? random = null)
    {
        DegradationGuard.RequirePositive(t, nameof(t));
        return new Gamma(ShapeRate * t, 1 / Scale, random ?? new Random(0));
    }

    /// <summary>
    /// Time from now until wear reaches <paramref name="threshold"/>, given wear <paramref name="currentWear"/>
    /// now. By stationary independent increments only the margin L − x matters, not the current age.
    /// </summary>
    public IFirstPassageTime TimeToThreshold(double threshold, double currentWear = 0) =>
        new GammaFirstPassage(ShapeRate, DegradationGuard.RequireMarginToThreshold(threshold, currentWear) / Scale);

    /// <summary>Simulated wear at the given ascending ages, from independent gamma increments.</summary>
    public double[] SimulatePath(IReadOnlyList<double> ages, Random random)
    {
        ArgumentNullException.ThrowIfNull(ages);
        ArgumentNullException.ThrowIfNull(random);
        var wear = new double[ages.Count];
        var (age, level) = (0.0, 0.0);
        for (var i = 0; i < ages.Count; i++)
        {
            var dt = ages[i] - age;
            if (!(dt > 0) || !double.IsFinite(ages[i]))
            {
                throw new ArgumentException($"ages must be finite, > 0 and increasing: [{i}] = {ages[i]}", nameof(ages));
            }

            level += Gamma.Sample(random, ShapeRate * dt, 1 / Scale);
            (age, wear[i]) = (ages[i], level);
        }

        return wear;
    }
}

/// <summary>First passage of a gamma process over a margin z = (L − x)/b: P(T ≤ t) = Q(a·t, z).</summary>
internal sealed class GammaFirstPassage(double shapeRate, double scaledMargin) : IFirstPassageTime
{
    private readonly Lazy<double> _mean = new(() => ComputeMean(shapeRate, scaledMargin));

    public double Cdf(double t)
    {
        DegradationGuard.RequireNonNegative(t, nameof(t));
        return t == 0 ? 0 : RegularizedGamma.Upper(shapeRate * t, scaledMargin);
    }

    public double Quantile(double p)
    {
        DegradationGuard.RequireProbability(p, nameof(p));
        var upper = UpperTimeWhereSurvivalBelow(1 - p);
        return Brent.FindRoot(t => Cdf(t) - p, 0, upper, 1e-12 * upper, 500);
    }

    /// <summary>E[T] = ∫₀^∞ P(T &gt; t) dt = ∫₀^∞ P(a·t, z) dt, integrated numerically (no closed form exists).</summary>
    public double Mean => _mean.Value;

    private static double Survival(double shapeRate, double scaledMargin, double t) =>
        t <= 0 ? 1 : RegularizedGamma.Lower(shapeRate * t, scaledMargin);

    private double UpperTimeWhereSurvivalBelow(double level) => UpperTime(shapeRate, scaledMargin, level);

    private static double UpperTime(double shapeRate, double scaledMargin, double level)
    {
        // Mean wear reaches the margin near t = z/a; double from there until the survival is small enough.
        var t = Math.Max(scaledMargin, 1) / shapeRate;
        while (Survival(shapeRate, scaledMargin, t) > level)
        {
            t *= 2;
        }

        return t;
    }

    private static double ComputeMean(double shapeRate, double scaledMargin)
    {
        var upper = UpperTime(shapeRate, scaledMargin, 1e-17);
        return Integrate.GaussKronrod(t => Survival(shapeRate, scaledMargin, t), 0, upper, 1e-11, 15, 61);
    }
}
