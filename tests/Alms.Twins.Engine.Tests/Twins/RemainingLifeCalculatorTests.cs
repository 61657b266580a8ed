using Alms.Twins.Assets;
using Alms.Twins.Engine.Twins;
using MathNet.Numerics;

namespace Alms.Twins.Engine.Tests.Twins;

public sealed class RemainingLifeCalculatorTests
{
    private static readonly WeibullWearHealthModel Model = WeibullWearHealthModel.Instance;
    private static readonly DegradationParameters Weibull = new(WeibullShape: 2.5, AgeScaleDays: 2000);

    /// <summary>Weibull residual-life percentile, closed form: x_p = η·((a/η)^β − ln(1 − p))^(1/β) − a.</summary>
    private static double ClosedFormPercentile(double age, double p) =>
        (2000 * Math.Pow(Math.Pow(age / 2000, 2.5) - Math.Log(1 - p), 1 / 2.5)) - age;

    [Theory]
    [InlineData(0)]
    [InlineData(800)]
    [InlineData(3000)]
    public void PercentilesMatchTheWeibullClosedForm(double age)
    {
        var estimate = RemainingLifeCalculator.Estimate(Model, Weibull, new HealthInputs(age, 0, 0, 0));

        Assert.Equal(ClosedFormPercentile(age, 0.1), estimate.P10Days, 6);
        Assert.Equal(ClosedFormPercentile(age, 0.5), estimate.P50Days, 6);
        Assert.Equal(ClosedFormPercentile(age, 0.9), estimate.P90Days, 6);
    }

    [Fact]
    public void MeanRemainingLifeOfANewAssetIsTheWeibullMean()
    {
        var estimate = RemainingLifeCalculator.Estimate(Model, Weibull, new HealthInputs(0, 0, 0, 0));

        Assert.Equal(2000 * SpecialFunctions.Gamma(1 + (1 / 2.5)), estimate.MeanDays, 4);
        Assert.Null(estimate.MeanBounds);
    }

    [Fact]
    public void ExponentialLifeIsMemorylessWhateverTheAge()
    {
        var exponential = new DegradationParameters(WeibullShape: 1, AgeScaleDays: 500);

        var young = RemainingLifeCalculator.Estimate(Model, exponential, new HealthInputs(10, 0, 0, 0));
        var old = RemainingLifeCalculator.Estimate(Model, exponential, new HealthInputs(5000, 0, 0, 0));

        Assert.Equal(500, young.MeanDays, 4);
        Assert.Equal(young.MeanDays, old.MeanDays, 4);
        Assert.Equal(500 * Math.Log(2), old.P50Days, 6);
    }

    [Fact]
    public void ParameterCovarianceGivesBoundsThatContainThePointAndWidenWithVariance()
    {
        var inputs = new HealthInputs(800, 0, 0, 0);
        var tight = RemainingLifeCalculator.Estimate(Model, Weibull with { ShapeScaleCovariance = new(0.01, 400, 0.5) }, inputs);
        var loose = RemainingLifeCalculator.Estimate(Model, Weibull with { ShapeScaleCovariance = new(0.16, 40_000, 20) }, inputs);

        Assert.Equal(RemainingLifeCalculator.DefaultConfidence, tight.ConfidenceLevel);
        Assert.InRange(tight.P50Days, tight.P50Bounds!.Lower, tight.P50Bounds.Upper);
        Assert.InRange(tight.MeanDays, tight.MeanBounds!.Lower, tight.MeanBounds.Upper);
        Assert.True(loose.P50Bounds!.Upper - loose.P50Bounds.Lower > tight.P50Bounds.Upper - tight.P50Bounds.Lower);
    }

    [Fact]
    public void BoundsAreReproducible()
    {
        var parameters = Weibull with { ShapeScaleCovariance = new(0.05, 10_000, 5) };
        var inputs = new HealthInputs(800, 0, 0, 0.2);

        Assert.Equal(RemainingLifeCalculator.Estimate(Model, parameters, inputs), RemainingLifeCalculator.Estimate(Model, parameters, inputs));
    }

    [Fact]
    public void WearShortensRemainingLife()
    {
        var parameters = Weibull with { WearHazardCoefficient = 2 };

        var unworn = RemainingLifeCalculator.Estimate(Model, parameters, new HealthInputs(800, 0, 0, 0));
        var worn = RemainingLifeCalculator.Estimate(Model, parameters, new HealthInputs(800, 0, 0, 0.7));

        Assert.True(worn.P50Days < unworn.P50Days);
        Assert.True(worn.MeanDays < unworn.MeanDays);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void APercentileOutsideTheOpenUnitIntervalIsRefused(double p) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RemainingLifeCalculator.Quantile(Model, Weibull, new HealthInputs(0, 0, 0, 0), p));
}
