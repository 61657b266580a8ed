using Alms.Twins.Engine.Reliability.Distributions;
using Alms.Twins.Engine.Reliability.Fitting;
using CsCheck;

namespace Alms.Twins.Engine.Tests.Reliability;

/// <summary>CsCheck generators of life distributions with parameters in the ranges met in field data.</summary>
internal static class LifeDistributionGenerators
{
    public static Gen<LifeDistribution> Weibull2 { get; } =
        Gen.Select(Gen.Double[0.5, 5], Gen.Double[1, 1000], (beta, eta) => (LifeDistribution)new WeibullLife(beta, eta));

    public static Gen<LifeDistribution> Weibull3 { get; } =
        Gen.Select(Gen.Double[0.5, 5], Gen.Double[1, 1000], Gen.Double[0, 100], (beta, eta, gamma) => (LifeDistribution)WeibullLife.ThreeParameter(beta, eta, gamma));

    public static Gen<LifeDistribution> Exponential { get; } =
        Gen.Double[1e-4, 1].Select(lambda => (LifeDistribution)new ExponentialLife(lambda));

    // σ up to 2.5 gives a mean-to-median ratio above 20: a heavy tail for the residual-life integrals.
    public static Gen<LifeDistribution> Lognormal { get; } =
        Gen.Select(Gen.Double[0, 8], Gen.Double[0.2, 2.5], (mu, sigma) => (LifeDistribution)new LognormalLife(mu, sigma));

    public static Gen<LifeDistribution> Gamma { get; } =
        Gen.Select(Gen.Double[0.3, 10], Gen.Double[0.5, 500], (k, theta) => (LifeDistribution)new GammaLife(k, theta));

    // σ at most 15 % of μ keeps P(T < 0) below 1e−11, as a life distribution needs.
    public static Gen<LifeDistribution> Normal { get; } =
        Gen.Select(Gen.Double[50, 500], Gen.Double[0.01, 0.15], (mu, spread) => (LifeDistribution)new NormalLife(mu, mu * spread));

    public static Gen<LifeDistribution> Any { get; } = Gen.OneOf(Weibull2, Weibull3, Exponential, Lognormal, Gamma, Normal);

    /// <summary>Parameters for the recovery tests: Weibull 3P only where its MLE is regular (β &gt; 2) and
    /// the failure-free period is long enough to be identified.</summary>
    public static Gen<LifeDistribution> ForRecovery(LifeFamily family) => family switch
    {
        LifeFamily.Weibull2 => Weibull2,
        LifeFamily.Weibull3 => Gen.Select(Gen.Double[2.5, 3.5], Gen.Double[10, 1000], Gen.Double[0.5, 1.2], (beta, eta, offset) => (LifeDistribution)WeibullLife.ThreeParameter(beta, eta, offset * eta)),
        LifeFamily.Exponential => Exponential,
        LifeFamily.Lognormal => Lognormal,
        LifeFamily.Gamma => Gamma,
        LifeFamily.Normal => Normal,
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, "unknown family"),
    };
}
