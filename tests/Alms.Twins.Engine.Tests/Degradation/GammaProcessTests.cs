using Alms.Twins.Engine.Degradation;
using CsCheck;
using MathNet.Numerics;

namespace Alms.Twins.Engine.Tests.Degradation;

public sealed class GammaProcessTests
{
    [Fact]
    public void SimulatedWearHasMeanATBAndVarianceATBSquared()
    {
        Gen.Select(Gen.Double[0.2, 3], Gen.Double[0.1, 5], Gen.Int[0, 1_000_000]).Sample((a, b, seed) =>
        {
            const int Paths = 4000;
            double[] ages = [0.5, 2, 7.5];
            var process = new GammaWearProcess(a, b);
            var random = new Random(seed);
            var wear = Enumerable.Range(0, Paths).Select(_ => process.SimulatePath(ages, random)).ToArray();

            for (var k = 0; k < ages.Length; k++)
            {
                var shape = a * ages[k];
                var mean = shape * b;
                var variance = shape * b * b;
                var sample = wear.Select(path => path[k]).ToArray();
                var sampleMean = sample.Average();
                var sampleVariance = sample.Sum(x => (x - sampleMean) * (x - sampleMean)) / (Paths - 1);

                // Five standard errors: the mean's is √(var/n); the variance's uses the gamma excess kurtosis 6/shape.
                Assert.InRange(sampleMean, mean - (5 * Math.Sqrt(variance / Paths)), mean + (5 * Math.Sqrt(variance / Paths)));
                var varianceError = variance * Math.Sqrt((2.0 / (Paths - 1)) + (6 / (shape * Paths)));
                Assert.InRange(sampleVariance, variance - (5 * varianceError), variance + (5 * varianceError));
            }
        }, iter: 10, threads: 1);
    }

    [Fact]
    public void FirstPassageCdfIsMonotoneWithinZeroAndOne()
    {
        Gen.Select(Gen.Double[0.05, 5], Gen.Double[0.1, 10], Gen.Double[0.5, 50], Gen.Double[0, 0.99]).Sample((a, b, threshold, worn) =>
        {
            var passage = new GammaWearProcess(a, b).TimeToThreshold(threshold, worn * threshold);
            var previous = 0.0;
            for (var t = 0.0; t <= 40 * passage.Median; t += passage.Median / 8)
            {
                var cdf = passage.Cdf(t);
                Assert.InRange(cdf, previous, 1.0);
                previous = cdf;
            }
        }, iter: 100);
    }

    [Fact]
    public void QuantileInvertsTheCdf()
    {
        var passage = new GammaWearProcess(0.5, 2).TimeToThreshold(20);
        foreach (var p in new[] { 0.01, 0.1, 0.5, 0.9, 0.999 })
        {
            Assert.Equal(p, passage.Cdf(passage.Quantile(p)), 1e-10);
        }
    }

    [Fact]
    public void MeanIsTheIntegralOfSurvivalNotTheApproximation()
    {
        // With a threshold of a fraction of one scale unit, L/(a·b) + 1/(2a) = 1 is far from E[T].
        var passage = new GammaWearProcess(1, 1).TimeToThreshold(0.5);
        var survivalIntegral = Integrate.GaussKronrod(t => 1 - passage.Cdf(t), 0, passage.Quantile(1 - 1e-15), 1e-12, 25, 61);

        Assert.Equal(survivalIntegral, passage.Mean, 1e-8);
        Assert.True(Math.Abs(passage.Mean - 1) > 0.01, $"E[T] = {passage.Mean}");
    }

    [Fact]
    public void AUnitJustBelowItsThresholdIsNotCertainToHaveFailedAlready()
    {
        // For a small shape a·t, P(X(t) < z) ≈ z^(a·t)/Γ(a·t + 1) stays far from 0 even for a tiny margin z.
        var process = new GammaWearProcess(0.01, 1);
        var nearlyWorn = process.TimeToThreshold(10, currentWear: 10 - 1e-14);
        Assert.InRange(nearlyWorn.Cdf(1), 0.2, 0.5);

        // The result is continuous across the small-argument evaluation.
        var justAbove = process.TimeToThreshold(1, 1 - 1.0001e-10).Cdf(1);
        var justBelow = process.TimeToThreshold(1, 1 - 0.9999e-10).Cdf(1);
        Assert.Equal(justAbove, justBelow, 1e-5);
    }

    [Fact]
    public void RemainingLifeDependsOnlyOnTheMarginToTheThreshold()
    {
        var process = new GammaWearProcess(0.8, 1.5);
        var worn = process.TimeToThreshold(30, currentWear: 12);
        var fresh = process.TimeToThreshold(18);

        Assert.Equal(fresh.Mean, worn.Mean, 1e-9);
        Assert.Equal(fresh.Quantile(0.1), worn.Quantile(0.1), 1e-9);
    }

    [Fact]
    public void MaximumLikelihoodRecoversParametersFromUnequalInspections()
    {
        var truth = new GammaWearProcess(0.6, 1.8);
        var random = new Random(424242);
        var units = Enumerable.Range(0, 60).Select(_ =>
        {
            // Irregular inspection ages, with the unit new at age 0.
            var ages = new List<double>();
            var age = 0.0;
            for (var i = 0; i < 8; i++)
            {
                age += 0.5 + (4 * random.NextDouble());
                ages.Add(age);
            }

            var wear = truth.SimulatePath(ages, random);
            return (IReadOnlyList<WearInspection>)[new WearInspection(0, 0), .. ages.Select((t, i) => new WearInspection(t, wear[i]))];
        }).ToArray();

        var fit = GammaProcessEstimator.Fit(units);

        Assert.InRange(fit.ShapeRate, 0.6 * 0.9, 0.6 * 1.1);
        Assert.InRange(fit.Scale, 1.8 * 0.9, 1.8 * 1.1);

        // The scale estimate always reproduces the observed mean wear rate exactly.
        var increments = units.SelectMany(u => u.Zip(u.Skip(1), (p, q) => (Dt: q.Time - p.Time, Dx: q.Wear - p.Wear))).ToArray();
        Assert.Equal(increments.Sum(d => d.Dx) / increments.Sum(d => d.Dt), fit.ShapeRate * fit.Scale, 1e-9);
    }
}
