using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.RootFinding;

namespace Alms.Twins.Engine.Degradation;

/// <summary>
/// Wear as a Wiener process with drift: X(t) = μ·t + σ·B(t). The first passage over a margin d = L − x is
/// inverse Gaussian with mean d/μ and shape d²/σ² (for μ &gt; 0 the threshold is reached almost surely).
/// </summary>
public sealed class WienerWearProcess
{
    public WienerWearProcess(double drift, double volatility)
    {
        DegradationGuard.RequirePositive(drift, nameof(drift));
        DegradationGuard.RequirePositive(volatility, nameof(volatility));
        Drift = drift;
        Volatility = volatility;
    }

    /// <summary>μ: mean wear per unit time.</summary>
    public double Drift { get; }

    /// <summary>σ: standard deviation of wear per √time.</summary>
    public double Volatility { get; }

    /// <summary>Time from now until wear reaches the threshold, given the current wear.</summary>
    public IFirstPassageTime TimeToThreshold(double threshold, double currentWear = 0)
    {
        var margin = DegradationGuard.RequireMarginToThreshold(threshold, currentWear);
        return new InverseGaussianFirstPassage(margin / Drift, margin * margin / (Volatility * Volatility));
    }
}

/// <summary>
/// Inverse Gaussian first-passage time with mean m and shape λ:
/// F(t) = Φ(√(λ/t)(t/m − 1)) + e^{2λ/m}·Φ(−√(λ/t)(t/m + 1)). The second term is evaluated in logs because
/// e^{2λ/m} overflows for small noise while the product stays finite.
/// </summary>
internal sealed class InverseGaussianFirstPassage(double mean, double shape) : IFirstPassageTime
{
    public double Mean => mean;

    public double Cdf(double t)
    {
        DegradationGuard.RequireNonNegative(t, nameof(t));
        if (t == 0)
        {
            return 0;
        }

        var root = Math.Sqrt(shape / t);
        var value = Normal.CDF(0, 1, root * ((t / mean) - 1))
            + Math.Exp((2 * shape / mean) + LogUpperNormalTail(root * ((t / mean) + 1)));
        return Math.Clamp(value, 0, 1);
    }

    public double Quantile(double p)
    {
        DegradationGuard.RequireProbability(p, nameof(p));
        var upper = mean;
        while (Cdf(upper) < p)
        {
            upper *= 2;
        }

        return Brent.FindRoot(t => Cdf(t) - p, 0, upper, 1e-12 * upper, 500);
    }

    /// <summary>ln(1 − Φ(z)) for z ≥ 0, using the asymptotic Mills-ratio series where erfc underflows.</summary>
    private static double LogUpperNormalTail(double z)
    {
        if (z < 30)
        {
            return Math.Log(0.5 * SpecialFunctions.Erfc(z / Constants.Sqrt2));
        }

        var inverseSquare = 1 / (z * z);
        var series = 1 - inverseSquare + (3 * inverseSquare * inverseSquare) - (15 * inverseSquare * inverseSquare * inverseSquare);
        return (-0.5 * z * z) - Math.Log(z) - (0.5 * Math.Log(Constants.Pi2)) + Math.Log(series);
    }
}
