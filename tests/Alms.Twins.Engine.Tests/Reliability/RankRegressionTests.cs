using Alms.Twins.Engine.Reliability.Distributions;
using Alms.Twins.Engine.Reliability.Fitting;
using MathNet.Numerics.Distributions;

namespace Alms.Twins.Engine.Tests.Reliability;

public sealed class RankRegressionTests
{
    [Fact]
    public void WithoutSuspensionsAdjustedRanksAreTheOrderNumbers()
    {
        var points = MedianRanks.Estimate(new LifeData([40, 10, 30, 20]), RankMethod.Benard);

        Assert.Equal([10.0, 20, 30, 40], points.Select(p => p.Time));
        Assert.Equal([0.7 / 4.4, 1.7 / 4.4, 2.7 / 4.4, 3.7 / 4.4], points.Select(p => p.Unreliability), new ToleranceComparer(1e-15));
    }

    [Fact]
    public void JohnsonsAdjustmentRaisesTheRankOfFailuresAfterASuspension()
    {
        // n = 3: failure, suspension, failure. The last failure's reverse rank is 1, so its adjusted rank is
        // (1 · 1 + 3 + 1) / (1 + 1) = 2.5.
        var points = MedianRanks.Estimate(new LifeData([10, 30], [20]), RankMethod.ExactMedian);

        Assert.Equal(Beta.InvCDF(1, 3, 0.5), points[0].Unreliability, 1e-12);
        Assert.Equal(Beta.InvCDF(2.5, 1.5, 0.5), points[1].Unreliability, 1e-12);
    }

    [Fact]
    public void SuspensionTiedWithAFailureIsCountedAfterIt()
    {
        var tied = MedianRanks.Estimate(new LifeData([10, 30], [10]), RankMethod.Benard);

        Assert.Equal((1 - 0.3) / 3.4, tied[0].Unreliability, 1e-15);
        Assert.Equal((2.5 - 0.3) / 3.4, tied[1].Unreliability, 1e-15);
    }

    [Fact]
    public void RankRegressionRecordsItsRankMethodAndCarriesNoCovariance()
    {
        var fit = LifeDataFitter.Fit(new LifeData([16, 34, 53, 75, 93, 120], [130]), LifeFamily.Lognormal, FitMethod.RankRegressionOnX, RankMethod.Benard);

        Assert.Equal(RankMethod.Benard, fit.Ranks);
        Assert.Equal(FitMethod.RankRegressionOnX, fit.Method);
        Assert.Null(fit.Covariance);
        Assert.Equal((6, 1), (fit.FailureCount, fit.SuspensionCount));
        Assert.True(double.IsFinite(fit.LogLikelihood));
    }

    [Theory]
    [InlineData(LifeFamily.Weibull2)]
    [InlineData(LifeFamily.Lognormal)]
    [InlineData(LifeFamily.Normal)]
    [InlineData(LifeFamily.Exponential)]
    public void BothRegressionDirectionsAgreeOnLargeSamples(LifeFamily family)
    {
        var truth = family.Create(family switch
        {
            LifeFamily.Weibull2 => [2.0, 500],
            LifeFamily.Lognormal => [5.0, 0.6],
            LifeFamily.Normal => [300.0, 30],
            _ => [0.01],
        });
        var data = SimulatedLifeData.Draw(truth, 3000, 0.3, seed: 11);

        var onY = LifeDataFitter.Fit(data, family, FitMethod.RankRegressionOnY);
        var onX = LifeDataFitter.Fit(data, family, FitMethod.RankRegressionOnX);

        foreach (var (name, value) in truth.Parameters)
        {
            Assert.Equal(value, onY.Parameter(name), value * 0.05);
            Assert.Equal(value, onX.Parameter(name), value * 0.05);
        }
    }

    [Theory]
    [InlineData(FitMethod.RankRegressionOnY)]
    [InlineData(FitMethod.RankRegressionOnX)]
    public void ThreeParameterRegressionFindsTheFailureFreePeriod(FitMethod method)
    {
        var truth = WeibullLife.ThreeParameter(2.5, 500, 300);
        var data = SimulatedLifeData.Draw(truth, 2000, 0.3, seed: 3);

        var fit = LifeDataFitter.Fit(data, LifeFamily.Weibull3, method);

        Assert.InRange(fit.Parameter("gamma"), 250, Math.Min(350, data.SmallestFailure));
        Assert.Equal(2.5, fit.Parameter("beta"), 0.25);
        Assert.Equal(500, fit.Parameter("eta"), 50.0);
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
