using Alms.Twins.Engine.Repairable;
using CsCheck;
using MathNet.Numerics.Distributions;

namespace Alms.Twins.Engine.Tests.Repairable;

public sealed class KijimaPropertyTests
{
    private static readonly Gen<(double Beta, double Eta, double[] Intervals)> Histories =
        Gen.Select(Gen.Double[0.4, 5], Gen.Double[5, 2000], Gen.Double[0.5, 800].Array[1, 25]);

    [Fact]
    public void RenewalLimitLogLikelihoodEqualsIidWeibull()
    {
        Histories.Sample((beta, eta, intervals) =>
        {
            var renewal = intervals.Sum(x => Weibull.PDFLn(beta, eta, x));
            foreach (var type in new[] { KijimaType.TypeI, KijimaType.TypeII })
            {
                var kijima = new KijimaWeibullProcess(beta, eta, 0, type).LogLikelihood(intervals);
                Assert.Equal(renewal, kijima, 1e-9 * Math.Max(1, Math.Abs(renewal)));
            }
        }, iter: 200);
    }

    [Fact]
    public void MinimalRepairLimitLogLikelihoodEqualsPowerLawProcess()
    {
        Histories.Sample((beta, eta, intervals) =>
        {
            var ages = KijimaReferenceCaseTests.CumulativeSums(intervals);
            var nhpp = PowerLawProcess.FromWeibullScale(beta, eta).LogLikelihood(ages, ages[^1]);
            foreach (var type in new[] { KijimaType.TypeI, KijimaType.TypeII })
            {
                var kijima = new KijimaWeibullProcess(beta, eta, 1, type).LogLikelihood(intervals);
                Assert.Equal(nhpp, kijima, 1e-9 * Math.Max(1, Math.Abs(nhpp)));
            }
        }, iter: 200);
    }

    [Fact]
    public void ConditionalMeanResidualLifeIsTheIntegralOfConditionalReliability()
    {
        Gen.Select(Gen.Double[0.5, 4], Gen.Double[10, 500], Gen.Double[0, 8]).Sample((beta, eta, ageInEtas) =>
        {
            var model = new KijimaWeibullProcess(beta, eta, 0.5, KijimaType.TypeI);
            var age = ageInEtas * eta;

            // Beyond this x the conditional reliability is below e^-40: the tail left out is negligible. The
            // range is cut into doubling pieces so that each quadrature sees a well-scaled integrand.
            var horizon = (eta * Math.Pow(model.CumulativeHazard(age) + 40, 1 / beta)) - age;
            var integral = 0.0;
            for (var (from, to) = (0.0, eta / 16); from < horizon; (from, to) = (to, 2 * to))
            {
                integral += MathNet.Numerics.Integrate.GaussKronrod(
                    x => model.ConditionalReliability(Math.Max(x, 0), age), from, Math.Min(to, horizon), 1e-12, 25, 61);
            }

            Assert.Equal(integral, model.ConditionalMeanResidualLife(age), 1e-6 * integral);
        }, iter: 100);
    }

    [Fact]
    public void TypeTwoNeverAgesFasterThanTypeOne()
    {
        Gen.Select(Gen.Double[0, 1], Gen.Double[0.5, 800].Array[1, 25]).Sample((q, intervals) =>
        {
            var typeOne = new KijimaWeibullProcess(2, 100, q, KijimaType.TypeI).VirtualAges(intervals);
            var typeTwo = new KijimaWeibullProcess(2, 100, q, KijimaType.TypeII).VirtualAges(intervals);
            for (var i = 0; i < typeOne.Length; i++)
            {
                Assert.True(typeTwo[i] <= typeOne[i] + 1e-9, $"V_{i}: type II {typeTwo[i]} > type I {typeOne[i]}");
            }
        }, iter: 200);
    }

    [Fact]
    public void MaximumLikelihoodRecoversSimulatedParameters()
    {
        const double Beta = 2.2;
        const double Eta = 150;
        const double Q = 0.3;
        var truth = new KijimaWeibullProcess(Beta, Eta, Q, KijimaType.TypeI);
        var random = new Random(20240611);
        var sequences = Enumerable.Range(0, 40).Select(_ => (IReadOnlyList<double>)Simulate(truth, 12, random)).ToArray();

        var fit = KijimaEstimator.Fit(sequences, KijimaType.TypeI);

        Assert.InRange(fit.Beta, Beta * 0.85, Beta * 1.15);
        Assert.InRange(fit.Eta, Eta * 0.85, Eta * 1.15);
        Assert.InRange(fit.Q, Q - 0.15, Q + 0.15);
        var atTruth = sequences.Sum(s => truth.LogLikelihood(s));
        Assert.True(sequences.Sum(s => fit.LogLikelihood(s)) >= atTruth, "the fit must be at least as likely as the truth");
    }

    /// <summary>Inverts R(x | V) = exp(−(H(V + x) − H(V))) with H(t) = (t/η)^β.</summary>
    private static double[] Simulate(KijimaWeibullProcess model, int failures, Random random)
    {
        var intervals = new double[failures];
        var age = 0.0;
        for (var i = 0; i < failures; i++)
        {
            var u = 1 - random.NextDouble();
            intervals[i] = (model.Eta * Math.Pow(model.CumulativeHazard(age) - Math.Log(u), 1 / model.Beta)) - age;
            age = model.VirtualAges(intervals[..(i + 1)])[^1];
        }

        return intervals;
    }
}
