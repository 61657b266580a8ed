using Alms.Twins.Engine.Reliability;
using Alms.Twins.Engine.Reliability.Distributions;
using CsCheck;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Alms.Twins.Engine.Tests.Reliability;

public sealed class LifeDistributionPropertyTests
{
    private static readonly Gen<(LifeDistribution, double[])> DistributionWithProbabilities =
        Gen.Select(LifeDistributionGenerators.Any, Gen.Double[1e-4, 1 - 1e-4].Array[2, 20]);

    [Fact]
    public void CdfIsMonotoneAndWithinTheUnitInterval()
    {
        DistributionWithProbabilities.Sample((distribution, probabilities) =>
        {
            var times = probabilities.Select(distribution.Quantile).Append(0).Append(distribution.Quantile(0.9999) * 3).Order().ToArray();
            var cdf = times.Select(distribution.Cdf).ToArray();
            Assert.All(cdf, f => Assert.InRange(f, 0, 1));
            for (var i = 1; i < cdf.Length; i++)
            {
                Assert.True(cdf[i] >= cdf[i - 1], $"{distribution}: F({times[i]}) = {cdf[i]} < F({times[i - 1]}) = {cdf[i - 1]}");
            }
        });
    }

    [Fact]
    public void QuantileInvertsTheCdf()
    {
        DistributionWithProbabilities.Sample((distribution, probabilities) =>
        {
            foreach (var p in probabilities)
            {
                Assert.Equal(p, distribution.Cdf(distribution.Quantile(p)), 1e-9);
            }
        });
    }

    [Fact]
    public void ReliabilityHazardAndCumulativeHazardAreConsistent()
    {
        DistributionWithProbabilities.Sample((distribution, probabilities) =>
        {
            foreach (var t in probabilities.Select(distribution.Quantile))
            {
                var reliability = distribution.Reliability(t);
                Assert.Equal(1, reliability + distribution.Cdf(t), 1e-12);
                Assert.Equal(-Math.Log(reliability), distribution.CumulativeHazard(t), 1e-9);
                AssertRelative(distribution.Pdf(t) / reliability, distribution.Hazard(t), 1e-9, $"{distribution} h({t})");
            }
        });
    }

    [Fact]
    public void ConditionalReliabilityAtAgeZeroIsReliability()
    {
        DistributionWithProbabilities.Sample((distribution, probabilities) =>
        {
            foreach (var x in probabilities.Select(distribution.Quantile))
            {
                // Equal up to R(0), which differs from 1 by at most 1e−11 for the normal family.
                Assert.Equal(distribution.Reliability(x), distribution.ConditionalReliability(0, x), 1e-10);
            }
        });
    }

    [Fact]
    public void MeanResidualLifeAtAgeZeroIsTheMean()
    {
        LifeDistributionGenerators.Any.Sample(
            distribution => AssertRelative(distribution.Mean, distribution.MeanResidualLife(0), 1e-7, $"{distribution} MRL(0)"),
            iter: 60);
    }

    [Fact]
    public void ResidualBLifeLeavesTheRequestedFractionOfSurvivorsFailed()
    {
        Gen.Select(LifeDistributionGenerators.Any, Gen.Double[0, 0.999], Gen.Double[0.5, 99]).Sample((distribution, ageQuantile, percent) =>
        {
            var age = Math.Max(distribution.Quantile(ageQuantile), 0);
            var residual = distribution.ResidualBLife(age, percent);
            Assert.True(residual >= 0);
            Assert.Equal(1 - percent / 100, distribution.ConditionalReliability(age, residual), 1e-8);
        });
    }

    [Fact]
    public void BLifeIsTheQuantileOfTheFailedFraction()
    {
        Gen.Select(LifeDistributionGenerators.Any, Gen.Double[0.1, 99.9]).Sample((distribution, percent) =>
            Assert.Equal(distribution.Quantile(percent / 100), distribution.BLife(percent)));
    }

    [Fact]
    public void CumulativeHazardStaysFiniteWhereReliabilityUnderflows()
    {
        var weibull = new WeibullLife(3, 100);
        var lognormal = new LognormalLife(2, 0.5);
        var gamma = new GammaLife(2, 10);
        var normal = new NormalLife(100, 5);

        // Closed forms of H far in the tail: (t/η)^β; for the others H grows like z²/2 or t/θ.
        Assert.Equal(0, weibull.Reliability(2000));
        Assert.Equal(8000, weibull.CumulativeHazard(2000), 1e-9);
        Assert.InRange(lognormal.CumulativeHazard(Math.Exp(2 + 0.5 * 45)), 1000, 1020);
        Assert.InRange(gamma.CumulativeHazard(10_000), 990, 1000);
        Assert.InRange(normal.CumulativeHazard(100 + 5 * 50), 1250, 1260);
        Assert.True(double.IsFinite(lognormal.Hazard(Math.Exp(2 + 0.5 * 45))));
    }

    [Fact]
    public void WeibullMeanResidualLifeMatchesTheIncompleteGammaClosedForm()
    {
        // ∫ₜ^∞ R(u) du = (η/β) Γ(1/β) Q(1/β, (t/η)^β), Q the upper regularised incomplete gamma function. Ages
        // start at the 1 % quantile: nearer zero, Q(a, x) for tiny x loses the digits this comparison needs.
        Gen.Select(Gen.Double[0.3, 6], Gen.Double[1, 1000], Gen.Double[0.01, 0.99]).Sample((beta, eta, ageQuantile) =>
        {
            var weibull = new WeibullLife(beta, eta);
            var age = weibull.Quantile(ageQuantile);
            var tail = eta / beta * SpecialFunctions.Gamma(1 / beta) * SpecialFunctions.GammaUpperRegularized(1 / beta, Math.Pow(age / eta, beta));

            AssertRelative(tail / weibull.Reliability(age), weibull.MeanResidualLife(age), 1e-7, $"{weibull} MRL({age})");
        });
    }

    [Fact]
    public void LognormalMeanResidualLifeMatchesTheClosedFormEvenForHeavyTails()
    {
        // ∫ₜ^∞ R(u) du = E[(T − t)⁺] = e^(μ+σ²/2) Φ((μ + σ² − ln t)/σ) − t Φ((μ − ln t)/σ); σ up to 3 puts
        // most of the mean in the far tail.
        Gen.Select(Gen.Double[0, 6], Gen.Double[0.2, 3], Gen.Double[0, 0.99]).Sample((mu, sigma, ageQuantile) =>
        {
            var lognormal = new LognormalLife(mu, sigma);
            var age = lognormal.Quantile(ageQuantile);
            var logAge = Math.Log(age);
            var tail = Math.Exp(mu + sigma * sigma / 2) * Normal.CDF(0, 1, (mu + sigma * sigma - logAge) / sigma)
                - age * Normal.CDF(0, 1, (mu - logAge) / sigma);

            AssertRelative(tail / lognormal.Reliability(age), lognormal.MeanResidualLife(age), 1e-6, $"{lognormal} MRL({age})");
        });
    }

    [Fact]
    public void MeanResidualLifeOfExponentialIsConstant()
    {
        var exponential = new ExponentialLife(0.01);
        foreach (var age in new[] { 0.0, 50, 500, 5000 })
        {
            AssertRelative(100, exponential.MeanResidualLife(age), 1e-9, $"MRL({age})");
        }
    }

    private static void AssertRelative(double expected, double actual, double tolerance, string what) =>
        Assert.True(Math.Abs(expected - actual) <= tolerance * Math.Abs(expected), $"{what}: expected {expected:R}, got {actual:R}");
}
