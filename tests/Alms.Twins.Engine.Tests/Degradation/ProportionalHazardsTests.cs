using Alms.Twins.Engine.Degradation;
using Alms.Twins.Engine.Reliability.Distributions;
using CsCheck;

namespace Alms.Twins.Engine.Tests.Degradation;

public sealed class ProportionalHazardsTests
{
    private static readonly WeibullLife Baseline = new(2, 100);

    [Fact]
    public void CovariatesScaleTheBaselineHazard()
    {
        Gen.Select(Gen.Double[-2, 2], Gen.Double[-1, 3], Gen.Double[0.1, 300]).Sample((b, z, t) =>
        {
            var model = new ProportionalHazardsModel(Baseline, [b]);
            var score = Math.Exp(b * z);

            Assert.Equal(Baseline.Hazard(t) * score, model.Hazard(t, [z]), 1e-12 * model.Hazard(t, [z]));
            Assert.Equal(Baseline.CumulativeHazard(t) * score, model.CumulativeHazard(t, [z]), 1e-12 * model.CumulativeHazard(t, [z]));
            Assert.Equal(Math.Pow(Baseline.Reliability(t), score), model.Reliability(t, [z]), 1e-12);
            Assert.Equal(Baseline.Reliability(t), model.Reliability(t, [0.0]), 1e-15);
        }, iter: 200);
    }

    [Fact]
    public void MaximumLikelihoodRecoversCoefficientsOverAFixedBaseline()
    {
        double[] truth = [0.8, -0.5];
        var random = new Random(31337);
        var observations = Enumerable.Range(0, 3000).Select(_ =>
        {
            double[] z = [random.NextDouble(), 2 * random.NextDouble()];
            var score = Math.Exp((truth[0] * z[0]) + (truth[1] * z[1]));

            // H₀(T)·score ~ Exp(1), so T = η·(E/score)^(1/β); units still running at 150 are censored.
            var life = 100 * Math.Pow(-Math.Log(1 - random.NextDouble()) / score, 0.5);
            return new CovariateObservation(Math.Min(life, 150), life <= 150, z);
        }).ToArray();

        var fit = ProportionalHazardsEstimator.Fit(Baseline, observations);

        Assert.InRange(fit.Coefficients[0], truth[0] - 0.12, truth[0] + 0.12);
        Assert.InRange(fit.Coefficients[1], truth[1] - 0.12, truth[1] + 0.12);
    }

    [Fact]
    public void CovariatesMustMatchTheCoefficients()
    {
        var model = new ProportionalHazardsModel(Baseline, [0.3, 0.1]);

        Assert.Equal("covariates", Assert.Throws<ArgumentException>(() => model.Hazard(10, [1.0])).ParamName);
        Assert.Equal("covariates", Assert.Throws<ArgumentException>(() => model.Reliability(10, [1.0, double.NaN])).ParamName);
    }

    [Fact]
    public void DataWithoutFailuresAreRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => ProportionalHazardsEstimator.Fit(Baseline, [new CovariateObservation(50, false, [1.0])]));
        Assert.Equal("observations", error.ParamName);
    }
}
