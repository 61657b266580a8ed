using MathNet.Numerics;

namespace Alms.Twins.Engine.Reliability.Distributions;

/// <summary>
/// Weibull life: R(t) = exp(−((t − γ)/η)^β) for t ≥ γ, and 1 before the location γ. The two-parameter form
/// (<c>weibull2</c>: beta, eta) has γ = 0; the three-parameter form (<c>weibull3</c>: beta, eta, gamma) a
/// failure-free period γ, which may be negative.
/// </summary>
public sealed class WeibullLife : LifeDistribution
{
    public const string TwoParameterFamily = "weibull2";
    public const string ThreeParameterFamily = "weibull3";

    private readonly bool _threeParameter;

    /// <summary>Two-parameter Weibull with shape <paramref name="beta"/> and scale <paramref name="eta"/>.</summary>
    public WeibullLife(double beta, double eta)
        : this(beta, eta, 0, threeParameter: false)
    {
    }

    private WeibullLife(double beta, double eta, double gamma, bool threeParameter)
    {
        Beta = RequirePositive(beta, nameof(beta));
        Eta = RequirePositive(eta, nameof(eta));
        Gamma = RequireFinite(gamma, nameof(gamma));
        _threeParameter = threeParameter;
    }

    /// <summary>Three-parameter Weibull with location <paramref name="gamma"/>.</summary>
    public static WeibullLife ThreeParameter(double beta, double eta, double gamma) => new(beta, eta, gamma, threeParameter: true);

    public double Beta { get; }

    public double Eta { get; }

    public double Gamma { get; }

    public override string Family => _threeParameter ? ThreeParameterFamily : TwoParameterFamily;

    public override IReadOnlyList<KeyValuePair<string, double>> Parameters =>
        _threeParameter ? Named(("beta", Beta), ("eta", Eta), ("gamma", Gamma)) : Named(("beta", Beta), ("eta", Eta));

    public override double Mean => Gamma + Eta * SpecialFunctions.Gamma(1 + 1 / Beta);

    public override double Hazard(double t)
    {
        CheckTime(t);
        if (t < Gamma)
        {
            return 0;
        }

        // Pow(0, β − 1) gives ∞, 1 or 0 at the location for β below, at or above 1, as the limit does.
        return Beta / Eta * Math.Pow((t - Gamma) / Eta, Beta - 1);
    }

    protected override double LogPdfCore(double t)
    {
        if (t < Gamma)
        {
            return double.NegativeInfinity;
        }

        var z = (t - Gamma) / Eta;
        if (z == 0)
        {
            return Beta switch
            {
                < 1 => double.PositiveInfinity,
                1 => -Math.Log(Eta),
                _ => double.NegativeInfinity,
            };
        }

        return Math.Log(Beta / Eta) + (Beta - 1) * Math.Log(z) - Math.Pow(z, Beta);
    }

    protected override double LogReliabilityCore(double t) => t <= Gamma ? 0 : -Math.Pow((t - Gamma) / Eta, Beta);

    protected override double QuantileCore(double p) =>
        Gamma + Eta * Math.Pow(-PreciseMath.LogOnePlus(-p), 1 / Beta);
}
