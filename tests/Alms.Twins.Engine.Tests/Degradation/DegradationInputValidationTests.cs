using Alms.Twins.Engine.Degradation;

namespace Alms.Twins.Engine.Tests.Degradation;

public sealed class DegradationInputValidationTests
{
    [Fact]
    public void ThresholdAtOrBelowTheCurrentWearIsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new GammaWearProcess(0.5, 2).TimeToThreshold(threshold: 8, currentWear: 9));
        Assert.Equal("threshold", error.ParamName);
        Assert.Contains("above the current wear", error.Message, StringComparison.Ordinal);

        Assert.Equal("threshold", Assert.Throws<ArgumentException>(() => new WienerWearProcess(1, 1).TimeToThreshold(5, 5)).ParamName);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void NegativeOrNaNTimesAndParametersAreRejected(double bad)
    {
        Assert.Equal("t", Assert.Throws<ArgumentException>(() => new GammaWearProcess(0.5, 2).TimeToThreshold(20).Cdf(bad)).ParamName);
        Assert.Equal("t", Assert.Throws<ArgumentException>(() => new WienerWearProcess(1, 1).TimeToThreshold(20).Cdf(bad)).ParamName);
        Assert.Equal("shapeRate", Assert.Throws<ArgumentException>(() => new GammaWearProcess(bad, 2)).ParamName);
        Assert.Equal("volatility", Assert.Throws<ArgumentException>(() => new WienerWearProcess(1, bad)).ParamName);
        Assert.Equal("units", Assert.Throws<ArgumentException>(() => GammaProcessEstimator.Fit(
            [[new WearInspection(0, 0), new WearInspection(bad, 1), new WearInspection(4, 2)]])).ParamName);
    }

    [Fact]
    public void EmptyOrTooShortInspectionDataAreRejected()
    {
        Assert.Equal("units", Assert.Throws<ArgumentException>(() => GammaProcessEstimator.Fit([])).ParamName);
        var error = Assert.Throws<ArgumentException>(() => WienerProcessEstimator.Fit([[new WearInspection(0, 0), new WearInspection(1, 1)]]));
        Assert.Equal("units", error.ParamName);
        Assert.Contains("two increments", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnsortedInspectionsAndFallingWearAreRejected()
    {
        var unsorted = Assert.Throws<ArgumentException>(() => GammaProcessEstimator.Fit(
            [[new WearInspection(0, 0), new WearInspection(5, 1), new WearInspection(3, 2)]]));
        Assert.Contains("must increase", unsorted.Message, StringComparison.Ordinal);

        var falling = Assert.Throws<ArgumentException>(() => GammaProcessEstimator.Fit(
            [[new WearInspection(0, 0), new WearInspection(2, 1), new WearInspection(3, 0.5)]]));
        Assert.Contains("strictly increasing wear", falling.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TransitionMatrixMustBeSquareNonNegativeAndRowStochastic()
    {
        var notOne = Assert.Throws<ArgumentException>(() => new MarkovConditionModel([[0.5, 0.4], [0, 1]]));
        Assert.Equal("transitionMatrix", notOne.ParamName);
        Assert.Contains("sums to 0.9", notOne.Message, StringComparison.Ordinal);

        Assert.Contains("square", Assert.Throws<ArgumentException>(() => new MarkovConditionModel([[1, 0], [1]])).Message, StringComparison.Ordinal);
        Assert.Contains("[0][1]", Assert.Throws<ArgumentException>(() => new MarkovConditionModel([[1.0, -0.2, 0.2], [0, 1, 0], [0, 0, 1]])).Message, StringComparison.Ordinal);
        Assert.Equal("transitionMatrix", Assert.Throws<ArgumentException>(() => new MarkovConditionModel([])).ParamName);
        Assert.Equal("initial", Assert.Throws<ArgumentException>(() => new MarkovConditionModel([[1]]).DistributionAfter([1, 2], 3)).ParamName);
    }
}
