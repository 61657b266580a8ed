using MathNet.Numerics.Distributions;

namespace Alms.Twins.Engine.Reliability.Distributions;

/// <summary>
/// Lognormal life (<c>lognormal</c>: mu, sigma): ln T is normal with mean μ and standard deviation σ,
/// both in log-time units.
/// </summary>
public sealed class LognormalLife : LifeDistribution
{
    public const string FamilyName = "lognormal";

    public LognormalLife(double mu, double sigma)
    {
        Mu = RequireFinite(mu, nameof(mu));
        Sigma = RequirePositive(sigma, nameof(sigma));
    }

    public double Mu { get; }

    public double Sigma { get; }

    public override string Family => FamilyName;

    public override IReadOnlyList<KeyValuePair<string, double>> Parameters => Named(("mu", Mu), ("sigma", Sigma));

    public override double Mean => Math.Exp(Mu + 0.5 * Sigma * Sigma);

    protected override double LogPdfCore(double t)
    {
        if (t <= 0)
        {
            return double.NegativeInfinity;
        }

        var logT = Math.Log(t);
        return StandardNormalTail.LogDensity((logT - Mu) / Sigma) - Math.Log(Sigma) - logT;
    }

    protected override double LogReliabilityCore(double t) =>
        t <= 0 ? 0 : StandardNormalTail.LogUpper((Math.Log(t) - Mu) / Sigma);

    protected override double QuantileCore(double p) => p switch
    {
        0 => 0,
        1 => double.PositiveInfinity,
        _ => Math.Exp(Mu + Sigma * Normal.InvCDF(0, 1, p)),
    };
}
