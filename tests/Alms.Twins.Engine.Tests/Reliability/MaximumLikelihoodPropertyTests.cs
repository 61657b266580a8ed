using Alms.Twins.Engine.Reliability.Fitting;
using CsCheck;
using MathNet.Numerics.LinearAlgebra;

namespace Alms.Twins.Engine.Tests.Reliability;

public sealed class MaximumLikelihoodPropertyTests
{
    private const int SampleSize = 2000;
    private const double CensoredFraction = 0.4;

    // 4.5 standard errors: a correct estimator misses this band with probability below 1e−5 per parameter.
    private const double StandardErrors = 4.5;

    public static TheoryData<LifeFamily> Families =>
        [LifeFamily.Weibull2, LifeFamily.Weibull3, LifeFamily.Exponential, LifeFamily.Lognormal, LifeFamily.Gamma, LifeFamily.Normal];

    [Theory]
    [MemberData(nameof(Families))]
    public void MaximumLikelihoodRecoversTrueParametersFromLargeCensoredSamples(LifeFamily family)
    {
        Gen.Select(LifeDistributionGenerators.ForRecovery(family), Gen.Int).Sample(
            (truth, seed) =>
            {
                var data = SimulatedLifeData.Draw(truth, SampleSize, CensoredFraction, seed);
                Assert.InRange((double)data.SuspensionCount / SampleSize, 0.3, 0.5);

                var fit = LifeDataFitter.Fit(data, family);

                Assert.NotNull(fit.Covariance);
                foreach (var (name, expected) in truth.Parameters)
                {
                    var estimate = fit.Parameter(name);
                    var standardError = Math.Sqrt(fit.Covariance.Variance(name));
                    Assert.True(
                        Math.Abs(estimate - expected) <= StandardErrors * standardError,
                        $"{truth}: {name} = {estimate:G6} ± {standardError:G3}, true {expected:G6}");
                }
            },
            iter: 10,
            threads: 1);
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void CovarianceIsSymmetricPositiveDefinite(LifeFamily family)
    {
        Gen.Select(LifeDistributionGenerators.ForRecovery(family), Gen.Int, Gen.Int[100, 400]).Sample(
            (truth, seed, n) =>
            {
                var fit = LifeDataFitter.Fit(SimulatedLifeData.Draw(truth, n, CensoredFraction, seed), family);

                var covariance = fit.Covariance!;
                var k = covariance.Names.Count;
                var matrix = Matrix<double>.Build.Dense(k, k, (i, j) => covariance[i, j]);
                Assert.True(matrix.IsSymmetric(), $"{truth}: covariance not symmetric");
                Assert.All(matrix.Evd().EigenValues, e => Assert.True(e.Real > 0, $"{truth}: eigenvalue {e.Real}"));
            },
            iter: 20,
            threads: 1);
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void NoSmallStepAwayFromTheEstimateRaisesTheLikelihood(LifeFamily family)
    {
        Gen.Select(LifeDistributionGenerators.ForRecovery(family), Gen.Int, Gen.Int[100, 300]).Sample(
            (truth, seed, n) =>
            {
                var data = SimulatedLifeData.Draw(truth, n, CensoredFraction, seed);
                var fit = LifeDataFitter.Fit(data, family);
                var estimate = fit.Parameters.Select(p => p.Value).ToArray();

                for (var i = 0; i < estimate.Length; i++)
                {
                    foreach (var direction in new[] { -1.0, 1.0 })
                    {
                        var moved = (double[])estimate.Clone();
                        moved[i] += direction * 1e-5 * Math.Max(Math.Abs(estimate[i]), 1e-3);
                        var gain = LogLikelihood.Evaluate(family, moved, data) - fit.LogLikelihood;
                        Assert.True(gain <= 1e-9 * Math.Abs(fit.LogLikelihood), $"{truth}: moving {fit.Parameters[i].Name} gains {gain:G3}");
                    }
                }
            },
            iter: 10,
            threads: 1);
    }

    [Fact]
    public void ExponentialMleIsFailuresOverTotalTimeWithVarianceLambdaSquaredOverFailures()
    {
        // Closed forms: λ̂ = r / Σt and observed information r / λ̂².
        var data = new LifeData([12, 30, 45, 80], [100, 100]);
        var fit = LifeDataFitter.Fit(data, LifeFamily.Exponential);

        var lambda = 4.0 / 367;
        Assert.Equal(lambda, fit.Parameter("lambda"), 1e-15);
        Assert.Equal(lambda * lambda / 4, fit.Covariance!.Variance("lambda"), 1e-9);
    }

    [Fact]
    public void BestFitPicksTheGeneratingFamilyForALargeSample()
    {
        var truth = new Engine.Reliability.Distributions.LognormalLife(5, 0.8);
        var data = SimulatedLifeData.Draw(truth, 1500, 0.3, seed: 20240601);

        var result = LifeDataFitter.FitBest(data);

        Assert.Equal(LifeFamily.Lognormal, result.Best!.Family);
        Assert.Equal(SelectionCriterion.Aicc, result.Criterion);
        Assert.Equal(result.Candidates.Count, result.Candidates.Select(c => c.Family).Distinct().Count());
        Assert.True(result.Candidates.Zip(result.Candidates.Skip(1)).All(pair => pair.First.Aicc <= pair.Second.Aicc));
    }
}
