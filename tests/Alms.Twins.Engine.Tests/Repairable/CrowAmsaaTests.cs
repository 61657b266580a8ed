using Alms.Twins.Engine.Repairable;

namespace Alms.Twins.Engine.Tests.Repairable;

public sealed class CrowAmsaaTests
{
    private static readonly double[] FailureTimes = [2.7, 10.3, 12.5, 30.6, 57.0, 61.3, 80.0, 109.5, 125.0, 128.6];

    [Fact]
    public void TimeTerminatedFitUsesTheEndOfObservation()
    {
        var fit = CrowAmsaa.FitTimeTerminated(FailureTimes, 150);

        var expectedBeta = FailureTimes.Length / FailureTimes.Sum(t => Math.Log(150 / t));
        Assert.Equal(expectedBeta, fit.Beta, 1e-12);
        Assert.Equal(FailureTimes.Length / Math.Pow(150, expectedBeta), fit.Lambda, 1e-12);
        Assert.Equal((FailureTimes.Length - 1.0) / FailureTimes.Length * fit.Beta, fit.UnbiasedBeta, 1e-12);
        Assert.Equal(150 / fit.Process.ExpectedFailures(150), fit.CumulativeMtbfAtEnd, 1e-9);
    }

    [Fact]
    public void SeveralSystemsWithEqualEndsPoolIntoTheSingleSystemClosedForm()
    {
        double[] second = [15, 44, 90, 140];
        var fit = CrowAmsaa.FitMultipleSystems([new RecurrenceHistory(FailureTimes, 150), new RecurrenceHistory(second, 150)]);

        var pooled = FailureTimes.Concat(second).ToArray();
        var beta = pooled.Length / pooled.Sum(t => Math.Log(150 / t));
        Assert.Equal(beta, fit.Beta, 1e-10);
        Assert.Equal(pooled.Length / (2 * Math.Pow(150, beta)), fit.Lambda, 1e-10);
    }

    [Fact]
    public void SeveralSystemsWithStaggeredEndsMaximiseTheJointLikelihood()
    {
        var systems = new[]
        {
            new RecurrenceHistory(FailureTimes, 150),
            new RecurrenceHistory([15, 44, 90], 100),
            new RecurrenceHistory([5, 70, 180, 260], 300),
        };
        var fit = CrowAmsaa.FitMultipleSystems(systems);

        double JointLogLikelihood(double beta, double lambda) =>
            systems.Sum(s => new PowerLawProcess(beta, lambda).LogLikelihood(s.EventTimes, s.EndTime));

        var best = JointLogLikelihood(fit.Beta, fit.Lambda);
        foreach (var (db, dl) in new[] { (1.01, 1.0), (0.99, 1.0), (1.0, 1.01), (1.0, 0.99), (1.01, 1.01), (0.99, 0.99) })
        {
            Assert.True(best > JointLogLikelihood(fit.Beta * db, fit.Lambda * dl));
        }
    }

    [Fact]
    public void ChiSquareBoundsOnBetaCoverTheTrueShapeAtTheStatedRate()
    {
        const double Beta = 1.6;
        const double EndTime = 1000;
        const int Replications = 2000;
        var random = new Random(7);
        var covered = 0;
        for (var r = 0; r < Replications; r++)
        {
            // Given n failures by T, a power-law process places them iid with cdf (t/T)^β.
            var times = Enumerable.Range(0, 15).Select(_ => EndTime * Math.Pow(1 - random.NextDouble(), 1 / Beta)).Order().ToArray();
            var (lower, upper) = CrowAmsaa.FitTimeTerminated(times, EndTime).BetaConfidenceBounds(0.9);
            covered += lower <= Beta && Beta <= upper ? 1 : 0;
        }

        // 90% nominal; three binomial standard errors either side.
        var standardError = Math.Sqrt(0.9 * 0.1 / Replications);
        Assert.InRange(covered / (double)Replications, 0.9 - (3 * standardError), 0.9 + (3 * standardError));
    }

    [Fact]
    public void UnbiasedBetaNeedsEnoughFailures()
    {
        var fit = CrowAmsaa.FitFailureTerminated([3, 10]);
        Assert.Throws<InvalidOperationException>(() => fit.UnbiasedBeta);
    }
}
