using Alms.Twins.Engine.Degradation;
using CsCheck;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Alms.Twins.Engine.Tests.Degradation;

public sealed class WienerProcessTests
{
    [Fact]
    public void FirstPassageIsTheInverseGaussianWithMeanMarginOverDrift()
    {
        var process = new WienerWearProcess(drift: 0.4, volatility: 0.9);
        var passage = process.TimeToThreshold(threshold: 10, currentWear: 2);

        // Margin 8: inverse Gaussian with mean 8/0.4 = 20 and shape 8²/0.9².
        var reference = new InverseGaussian(20, 64 / 0.81);
        Assert.Equal(20, passage.Mean, 1e-12);
        foreach (var t in new[] { 1.0, 5, 12, 20, 35, 80 })
        {
            Assert.Equal(reference.CumulativeDistribution(t), passage.Cdf(t), 1e-10);
        }

        var horizon = passage.Quantile(1 - 1e-15);
        Assert.Equal(passage.Mean, Integrate.GaussKronrod(t => 1 - passage.Cdf(t), 0, horizon, 1e-12, 25, 61), 1e-6);
    }

    [Fact]
    public void FirstPassageCdfIsMonotoneWithinZeroAndOneEvenForTinyNoise()
    {
        Gen.Select(Gen.Double[0.01, 10], Gen.Double[0.001, 5], Gen.Double[0.5, 100]).Sample((drift, volatility, threshold) =>
        {
            var passage = new WienerWearProcess(drift, volatility).TimeToThreshold(threshold);
            var previous = 0.0;
            for (var t = 0.0; t <= 5 * passage.Mean; t += passage.Mean / 50)
            {
                var cdf = passage.Cdf(t);
                Assert.True(double.IsFinite(cdf), $"F({t}) is not finite");
                Assert.InRange(cdf, previous - 1e-15, 1.0);
                previous = Math.Max(previous, cdf);
            }
        }, iter: 200);
    }

    [Fact]
    public void QuantileInvertsTheCdf()
    {
        var passage = new WienerWearProcess(1.2, 2).TimeToThreshold(30);
        foreach (var p in new[] { 0.05, 0.5, 0.95 })
        {
            Assert.Equal(p, passage.Cdf(passage.Quantile(p)), 1e-10);
        }
    }

    [Fact]
    public void MaximumLikelihoodRecoversDriftAndVolatilityFromUnequalIncrements()
    {
        const double Drift = 0.7;
        const double Volatility = 0.3;
        var random = new Random(99);
        var units = Enumerable.Range(0, 40).Select(_ =>
        {
            var inspections = new List<WearInspection> { new(0, 0) };
            for (var i = 0; i < 10; i++)
            {
                var dt = 0.2 + (3 * random.NextDouble());
                var last = inspections[^1];
                inspections.Add(new WearInspection(last.Time + dt, last.Wear + Normal.Sample(random, Drift * dt, Volatility * Math.Sqrt(dt))));
            }

            return (IReadOnlyList<WearInspection>)inspections;
        }).ToArray();

        var fit = WienerProcessEstimator.Fit(units);

        Assert.InRange(fit.Drift, Drift * 0.95, Drift * 1.05);
        Assert.InRange(fit.Volatility, Volatility * 0.9, Volatility * 1.1);
    }
}
