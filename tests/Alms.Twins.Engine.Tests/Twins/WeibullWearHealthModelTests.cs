using Alms.Twins.Assets;
using Alms.Twins.Engine.Twins;
using CsCheck;

namespace Alms.Twins.Engine.Tests.Twins;

public sealed class WeibullWearHealthModelTests
{
    private static readonly WeibullWearHealthModel Model = WeibullWearHealthModel.Instance;
    private static readonly DegradationParameters AgeOnly = new(WeibullShape: 2, AgeScaleDays: 1000);

    [Fact]
    public void AgeOnlyFailureProbabilityIsTheWeibullConditionalProbability()
    {
        // P(T ≤ a + h | T > a) = 1 − exp(−((a+h)/η)^β + (a/η)^β), closed form.
        var inputs = new HealthInputs(AgeDays: 500, Usage: 0, UsagePerDay: 0, Wear: 0);
        var expected = 1 - Math.Exp(-Math.Pow(865 / 1000.0, 2) + Math.Pow(0.5, 2));

        Assert.Equal(expected, Model.FailureProbability(AgeOnly, inputs, 365), 12);
    }

    [Fact]
    public void UsageAddsItsOwnCumulativeHazard()
    {
        var parameters = AgeOnly with { UsageCounter = "hours", UsageScale = 20_000 };
        var inputs = new HealthInputs(AgeDays: 500, Usage: 6_000, UsagePerDay: 12, Wear: 0);
        var age = Math.Pow(530 / 1000.0, 2) - Math.Pow(0.5, 2);
        var usage = Math.Pow(6_360 / 20_000.0, 2) - Math.Pow(0.3, 2);

        Assert.Equal(1 - Math.Exp(-(age + usage)), Model.FailureProbability(parameters, inputs, 30), 12);
    }

    [Fact]
    public void WearScalesTheHazardProportionally()
    {
        var parameters = AgeOnly with { WearHazardCoefficient = 1.5 };
        var worn = new HealthInputs(500, 0, 0, Wear: 0.4);
        var baseline = -Math.Log(1 - Model.FailureProbability(parameters, worn with { Wear = 0 }, 365));

        Assert.Equal(1 - Math.Exp(-baseline * Math.Exp(1.5 * 0.4)), Model.FailureProbability(parameters, worn, 365), 12);
    }

    [Fact]
    public void HealthOfAnUnwornAssetIsItsOneYearSurvivalAndZeroAtTheWearFailureLevel()
    {
        var at = DateTimeOffset.UnixEpoch;

        // New, unworn: 100 × R(365) = 100 × exp(−(365/1000)²).
        Assert.Equal(100 * Math.Exp(-Math.Pow(0.365, 2)), Model.Assess(AgeOnly, new HealthInputs(0, 0, 0, 0), at).HealthIndex, 10);
        Assert.Equal(0, Model.Assess(AgeOnly, new HealthInputs(300, 0, 0, 1), at).HealthIndex);
    }

    [Fact]
    public void FailureProbabilityIsAProbabilityThatGrowsWithHorizonAgeAndWear()
    {
        var gen = Gen.Select(Gen.Double[0, 20_000], Gen.Double[0, 1], Gen.Double[0, 3_000]);
        gen.Sample((age, wear, horizon) =>
        {
            var inputs = new HealthInputs(age, 0, 0, wear);
            var p = Model.FailureProbability(AgeOnly with { WearHazardCoefficient = 2 }, inputs, horizon);
            var longer = Model.FailureProbability(AgeOnly with { WearHazardCoefficient = 2 }, inputs, horizon + 10);
            var older = Model.FailureProbability(AgeOnly with { WearHazardCoefficient = 2 }, inputs with { AgeDays = age + 10 }, horizon);
            var worn = Model.FailureProbability(AgeOnly with { WearHazardCoefficient = 2 }, inputs with { Wear = Math.Min(1, wear + 0.1) }, horizon);
            return p is >= 0 and <= 1 && longer >= p && older >= p && worn >= p;
        });
    }
}
