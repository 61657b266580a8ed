using MathNet.Numerics.Distributions;

namespace Alms.Twins.Engine.Reliability.Distributions;

/// <summary>
/// Normal life (<c>normal</c>: mu, sigma), for wear-out with a narrow spread. It is not truncated at zero,
/// so it only suits data where P(T &lt; 0) is negligible.
/// </summary>
public sealed class NormalLife : LifeDistribution
{
    public const string FamilyName = "normal";

    public NormalLife(double mu, double sigma)
    {
        Mu = RequireFinite(mu, nameof(mu));
        Sigma = RequirePositive(sigma, nameof(sigma));
    }

    public double Mu { get; }

    public double Sigma { get; }

    public override string Family => FamilyName;

    public override IReadOnlyList<KeyValuePair<string, double>> Parameters => Named(("mu", Mu), ("sigma", Sigma));

    public override double Mean => Mu;

    protected override double LogPdfCore(double t) => StandardNormalTail.LogDensity((t - Mu) / Sigma) - Math.Log(Sigma);

    protected override double LogReliabilityCore(double t) => StandardNormalTail.LogUpper((t - Mu) / Sigma);

    protected override double QuantileCore(double p) => p switch
    {
        0 => double.NegativeInfinity,
        1 => double.PositiveInfinity,
        _ => Mu + Sigma * Normal.InvCDF(0, 1, p),
    };
}
