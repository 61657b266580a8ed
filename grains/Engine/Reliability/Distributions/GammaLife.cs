using MathNet.Numerics;

namespace Alms.Twins.Engine.Reliability.Distributions;

/// <summary>
/// Gamma life (<c>gamma</c>: k shape, theta scale): f(t) = t^(k−1) e^(−t/θ) / (Γ(k) θ^k). Note the scale:
/// MathNet's own Gamma type takes a rate 1/θ instead.
/// </summary>
public sealed class GammaLife : LifeDistribution
{
    public const string FamilyName = "gamma";

    public GammaLife(double k, double theta)
    {
        K = RequirePositive(k, nameof(k));
        Theta = RequirePositive(theta, nameof(theta));
    }

    public double K { get; }

    public double Theta { get; }

    public override string Family => FamilyName;

    public override IReadOnlyList<KeyValuePair<string, double>> Parameters => Named(("k", K), ("theta", Theta));

    public override double Mean => K * Theta;

    protected override double LogPdfCore(double t)
    {
        if (t < 0)
        {
            return double.NegativeInfinity;
        }

        if (t == 0)
        {
            return K switch
            {
                < 1 => double.PositiveInfinity,
                1 => -Math.Log(Theta),
                _ => double.NegativeInfinity,
            };
        }

        return (K - 1) * Math.Log(t) - t / Theta - SpecialFunctions.GammaLn(K) - K * Math.Log(Theta);
    }

    protected override double LogReliabilityCore(double t)
    {
        if (t <= 0)
        {
            return 0;
        }

        var x = t / Theta;
        var upper = SpecialFunctions.GammaUpperRegularized(K, x);
        if (upper > 1e-280)
        {
            return Math.Log(upper);
        }

        // Far tail: Q(k, x) ≈ x^(k−1) e^(−x) / Γ(k) · (1 + (k−1)/x + (k−1)(k−2)/x²), x ≫ k.
        var correction = 1 + (K - 1) / x * (1 + (K - 2) / x);
        return (K - 1) * Math.Log(x) - x - SpecialFunctions.GammaLn(K) + Math.Log(correction);
    }

    protected override double QuantileCore(double p) => p switch
    {
        0 => 0,
        1 => double.PositiveInfinity,
        _ => Theta * SpecialFunctions.GammaLowerRegularizedInv(K, p),
    };
}
