using Alms.Twins.Engine.Repairable;

namespace Alms.Twins.Engine.Tests.Repairable;

public sealed class LaplaceTrendTestTests
{
    [Fact]
    public void EvenlySpreadFailuresShowNoTrend()
    {
        // Midpoints of ten equal cells average exactly T/2.
        var times = Enumerable.Range(0, 10).Select(i => (i + 0.5) * 10).ToArray();

        var result = LaplaceTrendTest.ForTimeTerminated(times, 100);

        Assert.Equal(0, result.Statistic, 1e-12);
        Assert.Equal(1, result.PValueTwoSided, 1e-12);
    }

    [Fact]
    public void SingleFailureMatchesTheClosedForm()
    {
        // n = 1, t = 0.75·T: U = (0.75 − 0.5)·√12.
        var result = LaplaceTrendTest.ForTimeTerminated([75], 100);

        Assert.Equal(0.25 * Math.Sqrt(12), result.Statistic, 1e-12);
    }

    [Fact]
    public void LateFailuresSignalDeteriorationAndEarlyFailuresGrowth()
    {
        double[] late = [60, 70, 78, 84, 89, 93, 96, 98, 99, 100];
        var deteriorating = LaplaceTrendTest.ForFailureTerminated(late);
        Assert.True(deteriorating.Statistic > 0);
        Assert.True(deteriorating.PValueTwoSided < 0.05);

        var growth = LaplaceTrendTest.ForTimeTerminated([1, 2, 4, 7, 11, 16, 22, 30, 45, 70], 100);
        Assert.True(growth.Statistic < 0);
    }

    [Fact]
    public void FailureTerminatedDataDropTheLastFailure()
    {
        double[] times = [10, 30, 45, 90];

        Assert.Equal(
            LaplaceTrendTest.ForTimeTerminated([10, 30, 45], 90),
            LaplaceTrendTest.ForFailureTerminated(times));
    }
}
