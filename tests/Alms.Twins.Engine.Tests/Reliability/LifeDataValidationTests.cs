using Alms.Twins.Engine.Reliability;
using Alms.Twins.Engine.Reliability.Distributions;
using Alms.Twins.Engine.Reliability.Fitting;

namespace Alms.Twins.Engine.Tests.Reliability;

public sealed class LifeDataValidationTests
{
    [Fact]
    public void EmptyDataIsRejectedNamingFailures()
    {
        var error = Assert.Throws<ArgumentException>(() => new LifeData([], []));

        Assert.Equal("failures", error.ParamName);
        Assert.Contains("no data", error.Message);
    }

    [Fact]
    public void AllSuspendedDataIsRejectedNamingFailures()
    {
        var error = Assert.Throws<ArgumentException>(() => new LifeData([], [100, 200]));

        Assert.Equal("failures", error.ParamName);
        Assert.Contains("every unit is suspended", error.Message);
    }

    [Theory]
    [InlineData(-5.0, "failures[1]", "negative")]
    [InlineData(double.NaN, "failures[1]", "NaN")]
    [InlineData(double.PositiveInfinity, "failures[1]", "infinite")]
    [InlineData(0.0, "failures[1]", "zero")]
    public void BadFailureTimeIsRejectedNamingTheElementAndReason(double bad, string field, string reason)
    {
        var error = Assert.Throws<ArgumentException>(() => new LifeData([10, bad, 30]));

        Assert.Equal("failures", error.ParamName);
        Assert.Contains(field, error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Theory]
    [InlineData(-1.0, "negative")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.NegativeInfinity, "infinite")]
    public void BadSuspensionTimeIsRejectedNamingTheElementAndReason(double bad, string reason)
    {
        var error = Assert.Throws<ArgumentException>(() => new LifeData([10, 20], [bad]));

        Assert.Equal("suspensions", error.ParamName);
        Assert.Contains("suspensions[0]", error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void ThreeParameterWeibullOnTwoFailuresIsRejectedNamingFailures()
    {
        var data = new LifeData([10, 20], [30]);

        var error = Assert.Throws<ArgumentException>(() => LifeDataFitter.Fit(data, LifeFamily.Weibull3));

        Assert.Contains("failures", error.Message);
        Assert.Contains("weibull3", error.Message);
    }

    [Fact]
    public void TwoParameterFamiliesNeedTwoDistinctFailures()
    {
        var data = new LifeData([50, 50], [80]);

        var error = Assert.Throws<ArgumentException>(() => LifeDataFitter.Fit(data, LifeFamily.Lognormal));

        Assert.Contains("failures", error.Message);
        Assert.Contains("distinct", error.Message);
    }

    [Fact]
    public void BestFitReportsFamiliesThatCannotFitInsteadOfThrowing()
    {
        var data = new LifeData([10, 25], [40]);

        var result = LifeDataFitter.FitBest(data);

        var failure = Assert.Single(result.Failures);
        Assert.Equal(LifeFamily.Weibull3, failure.Family);
        Assert.Contains("failures", failure.Reason);
        Assert.Equal(LifeFamilies.All.Count - 1, result.Candidates.Count);
        Assert.NotNull(result.Best);
    }

    [Fact]
    public void ThreeParameterWeibullIsRejectedWhenTheLikelihoodIsUnbounded()
    {
        // Shape well below 1: the likelihood grows without limit as gamma approaches the first failure.
        var data = SimulatedLifeData.Draw(WeibullLife.ThreeParameter(0.6, 100, 20), 200, 0, seed: 7);

        var error = Assert.Throws<ArgumentException>(() => LifeDataFitter.Fit(data, LifeFamily.Weibull3));

        Assert.Contains("gamma", error.Message);
    }

    [Fact]
    public void RankRegressionIsRejectedForGammaNamingTheFamily()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            LifeDataFitter.Fit(new LifeData([10, 20, 30]), LifeFamily.Gamma, FitMethod.RankRegressionOnY));

        Assert.Equal("family", error.ParamName);
    }

    [Fact]
    public void BoundsNeedAMaximumLikelihoodFit()
    {
        var fit = LifeDataFitter.Fit(new LifeData([10, 20, 30]), LifeFamily.Weibull2, FitMethod.RankRegressionOnX);

        var error = Assert.Throws<ArgumentException>(() => ConfidenceBounds.Parameters(fit));

        Assert.Equal("fit", error.ParamName);
    }

    [Fact]
    public void InvalidDistributionParametersAreRejectedByName()
    {
        Assert.Equal("beta", Assert.Throws<ArgumentOutOfRangeException>(() => new WeibullLife(-1, 10)).ParamName);
        Assert.Equal("eta", Assert.Throws<ArgumentOutOfRangeException>(() => new WeibullLife(1, double.NaN)).ParamName);
        Assert.Equal("sigma", Assert.Throws<ArgumentOutOfRangeException>(() => new LognormalLife(1, 0)).ParamName);
        Assert.Equal("theta", Assert.Throws<ArgumentOutOfRangeException>(() => new GammaLife(1, double.PositiveInfinity)).ParamName);
        Assert.Equal("lambda", Assert.Throws<ArgumentOutOfRangeException>(() => new ExponentialLife(0)).ParamName);
        Assert.Equal("mu", Assert.Throws<ArgumentOutOfRangeException>(() => new NormalLife(double.NaN, 1)).ParamName);
    }

    [Fact]
    public void InvalidArgumentsToDistributionFunctionsAreRejectedByName()
    {
        var weibull = new WeibullLife(2, 100);

        Assert.Equal("t", Assert.Throws<ArgumentException>(() => weibull.Reliability(double.NaN)).ParamName);
        Assert.Equal("p", Assert.Throws<ArgumentOutOfRangeException>(() => weibull.Quantile(1.5)).ParamName);
        Assert.Equal("percentFailed", Assert.Throws<ArgumentOutOfRangeException>(() => weibull.BLife(0)).ParamName);
        Assert.Equal("age", Assert.Throws<ArgumentOutOfRangeException>(() => weibull.MeanResidualLife(-1)).ParamName);
        Assert.Equal("additional", Assert.Throws<ArgumentOutOfRangeException>(() => weibull.ConditionalReliability(10, double.NaN)).ParamName);
    }
}
