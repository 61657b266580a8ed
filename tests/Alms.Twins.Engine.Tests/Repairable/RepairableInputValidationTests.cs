using Alms.Twins.Engine.Repairable;

namespace Alms.Twins.Engine.Tests.Repairable;

public sealed class RepairableInputValidationTests
{
    [Fact]
    public void EmptyFailureDataAreRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => CrowAmsaa.FitFailureTerminated([]));
        Assert.Equal("failureTimes", error.ParamName);
        Assert.Contains("at least one", error.Message, StringComparison.Ordinal);

        Assert.Equal("systems", Assert.Throws<ArgumentException>(() => MeanCumulativeFunction.Estimate([])).ParamName);
        Assert.Equal("systems", Assert.Throws<ArgumentException>(() => CrowAmsaa.FitMultipleSystems([])).ParamName);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(0.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void NegativeZeroOrNonFiniteEventTimesAreRejected(double bad)
    {
        var error = Assert.Throws<ArgumentException>(() => new RecurrenceHistory([1, bad, 5], 10));
        Assert.Equal("eventTimes", error.ParamName);
        Assert.Contains("[1]", error.Message, StringComparison.Ordinal);

        Assert.Equal("failureTimes", Assert.Throws<ArgumentException>(() => CrowAmsaa.FitFailureTerminated([bad, 5])).ParamName);
        Assert.Equal("interFailureTimes", Assert.Throws<ArgumentException>(
            () => new KijimaWeibullProcess(2, 100, 0.5, KijimaType.TypeI).LogLikelihood([10, bad])).ParamName);
    }

    [Fact]
    public void UnsortedEventTimesAreRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => CrowAmsaa.FitFailureTerminated([5, 3, 10]));
        Assert.Equal("failureTimes", error.ParamName);
        Assert.Contains("sorted", error.Message, StringComparison.Ordinal);

        Assert.Equal("eventTimes", Assert.Throws<ArgumentException>(() => LaplaceTrendTest.ForTimeTerminated([8, 2], 10)).ParamName);
    }

    [Fact]
    public void EventsAfterTheEndOfObservationAreRejected()
    {
        Assert.Equal("endTime", Assert.Throws<ArgumentException>(() => CrowAmsaa.FitTimeTerminated([5, 30], 20)).ParamName);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void RestorationFactorOutsideZeroToOneIsRejected(double q)
    {
        var error = Assert.Throws<ArgumentException>(() => new KijimaWeibullProcess(2, 100, q, KijimaType.TypeII));
        Assert.Equal("q", error.ParamName);
        Assert.Contains("[0, 1]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfidenceOutsideTheOpenUnitIntervalIsRejected()
    {
        var fit = CrowAmsaa.FitFailureTerminated([3, 10, 20, 25]);
        Assert.Equal("confidence", Assert.Throws<ArgumentException>(() => fit.BetaConfidenceBounds(1.2)).ParamName);
        Assert.Equal("confidence", Assert.Throws<ArgumentException>(
            () => MeanCumulativeFunction.Estimate([new RecurrenceHistory([1], 2)], 0.3)).ParamName);
    }
}
