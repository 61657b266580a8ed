using Alms.Twins.Engine.Reliability.Distributions;
using Alms.Twins.Engine.Reliability.Fitting;
using MathNet.Numerics.Distributions;

namespace Alms.Twins.Engine.Tests.Reliability;

public sealed class ConfidenceBoundsTests
{
    private static readonly double Z90 = Normal.InvCDF(0, 1, 0.95);

    [Fact]
    public void ExponentialRateBoundsAreLogSymmetricWithHalfWidthZOverRootR()
    {
        // Var(λ̂) = λ̂²/r, so on the log scale the half-width is z/√r.
        var fit = LifeDataFitter.Fit(new LifeData([12, 30, 45, 80], [100, 100]), LifeFamily.Exponential);
        var lambda = fit.Parameter("lambda");

        var bounds = Assert.Single(ConfidenceBounds.Parameters(fit, 0.9));

        Assert.Equal(lambda * Math.Exp(-Z90 / 2), bounds.Lower, 1e-9);
        Assert.Equal(lambda * Math.Exp(Z90 / 2), bounds.Upper, 1e-9);
    }

    [Fact]
    public void WeibullParameterBoundsUseTheLogScaleWithTheFisherVariances()
    {
        var fit = LifeDataFitter.Fit(ReferenceInputs.LifeData("WB-01"), LifeFamily.Weibull2);

        foreach (var bound in ConfidenceBounds.Parameters(fit, 0.9))
        {
            var factor = Math.Exp(Z90 * Math.Sqrt(fit.Covariance!.Variance(bound.Name)) / bound.Estimate);
            Assert.Equal(bound.Estimate / factor, bound.Lower, 1e-9);
            Assert.Equal(bound.Estimate * factor, bound.Upper, 1e-9);
            Assert.Equal(bound.Estimate, Math.Sqrt(bound.Lower * bound.Upper), 1e-9);
        }
    }

    [Fact]
    public void WeibullReliabilityBoundsAtTheScaleDependOnlyOnTheScaleVariance()
    {
        // At t = η, u = β(ln t − ln η) = 0 and ∂u/∂β = 0, so Var(u) = β² Var(η) / η².
        var fit = LifeDataFitter.Fit(ReferenceInputs.LifeData("WB-05"), LifeFamily.Weibull2);
        var (beta, eta) = (fit.Parameter("beta"), fit.Parameter("eta"));
        var halfWidth = Z90 * beta * Math.Sqrt(fit.Covariance!.Variance("eta")) / eta;

        var bounds = ConfidenceBounds.Reliability(fit, eta, 0.9);

        Assert.Equal(Math.Exp(-1), bounds.Estimate, 1e-12);
        Assert.Equal(Math.Exp(-Math.Exp(halfWidth)), bounds.Lower, 1e-12);
        Assert.Equal(Math.Exp(-Math.Exp(-halfWidth)), bounds.Upper, 1e-12);
    }

    [Fact]
    public void LocationParameterBoundsAreSymmetric()
    {
        var fit = LifeDataFitter.Fit(ReferenceInputs.LifeData("LN-01"), LifeFamily.Lognormal);
        var mu = ConfidenceBounds.Parameters(fit, 0.95).Single(b => b.Name == "mu");

        Assert.Equal(mu.Estimate - mu.Lower, mu.Upper - mu.Estimate, 1e-12);
    }

    [Fact]
    public void NoUncertaintyBeforeTheWeibullLocation()
    {
        var data = SimulatedLifeData.Draw(WeibullLife.ThreeParameter(3, 100, 200), 300, 0.3, seed: 5);
        var fit = LifeDataFitter.Fit(data, LifeFamily.Weibull3);
        Assert.True(fit.Parameter("gamma") < data.SmallestFailure);

        var bounds = ConfidenceBounds.Reliability(fit, fit.Parameter("gamma") / 2);

        Assert.Equal((1.0, 1.0, 1.0), (bounds.Estimate, bounds.Lower, bounds.Upper));
    }

    [Theory]
    [InlineData(LifeFamily.Weibull2)]
    [InlineData(LifeFamily.Weibull3)]
    [InlineData(LifeFamily.Lognormal)]
    [InlineData(LifeFamily.Gamma)]
    [InlineData(LifeFamily.Normal)]
    [InlineData(LifeFamily.Exponential)]
    public void ReliabilityBoundsCoverTheTruthAboutAsOftenAsStated(LifeFamily family)
    {
        var truth = family.Create(family switch
        {
            LifeFamily.Weibull2 => [1.8, 1000],
            LifeFamily.Weibull3 => [3.0, 500, 400],
            LifeFamily.Lognormal => [6.5, 0.7],
            LifeFamily.Gamma => [3.0, 250],
            LifeFamily.Normal => [800.0, 120],
            _ => [0.001],
        });
        var time = truth.Quantile(0.2);
        const int Replications = 200;

        var covered = Enumerable.Range(0, Replications).Count(seed =>
        {
            var fit = LifeDataFitter.Fit(SimulatedLifeData.Draw(truth, 150, 0.3, seed), family);
            var bounds = ConfidenceBounds.Reliability(fit, time, 0.9);
            return bounds.Lower <= 0.8 && 0.8 <= bounds.Upper;
        });

        // Nominal 90 %: 200 replications give a binomial standard deviation of about 2 %.
        Assert.InRange(covered / (double)Replications, 0.83, 0.96);
    }
}
