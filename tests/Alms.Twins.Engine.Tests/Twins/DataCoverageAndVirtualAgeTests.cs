using Alms.Twins.Assets;
using Alms.Twins.Engine.Twins;

namespace Alms.Twins.Engine.Tests.Twins;

public sealed class DataCoverageAndVirtualAgeTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly DegradationParameters Parameters = TestClasses.PumpDegradation with
    {
        Covariates = [new CovariateEffect("pressure", 0.002, 500)],
        StaleAfterHours = 6,
    };

    private static TwinCondition Reported(double hoursAgo) => new()
    {
        Metrics =
        {
            ["vibration"] = new MetricValue(3, Now.AddHours(-hoursAgo)),
            ["pressure"] = new MetricValue(520, Now.AddHours(-1)),
        },
        CountersUpdatedAt = { ["hours"] = Now.AddHours(-1) },
    };

    [Fact]
    public void EveryInputReportedRecentlyIsCompleteCoverage() =>
        Assert.Equal(DataCoverage.Complete, DataCoverageEvaluator.Evaluate(Parameters, Reported(5), Now).Coverage);

    [Fact]
    public void AnInputOlderThanTheLimitIsStaleAndNamed()
    {
        var (coverage, note) = DataCoverageEvaluator.Evaluate(Parameters, Reported(7), Now);

        Assert.Equal(DataCoverage.Stale, coverage);
        Assert.Contains("vibration", note, StringComparison.Ordinal);
    }

    [Fact]
    public void ANeverReportedInputIsMissing()
    {
        var condition = Reported(1);
        condition.Metrics.Remove("pressure");

        var (coverage, note) = DataCoverageEvaluator.Evaluate(Parameters, condition, Now);

        Assert.Equal(DataCoverage.Missing, coverage);
        Assert.Contains("pressure", note, StringComparison.Ordinal);
    }

    [Fact]
    public void CovariatesScaleTheHazardAroundTheirReference()
    {
        var model = WeibullWearHealthModel.Instance;
        var atReference = new HealthInputs(100, 0, 0, 0, new Dictionary<string, double> { ["pressure"] = 500 });
        var above = atReference with { CovariateValues = new Dictionary<string, double> { ["pressure"] = 700 } };

        Assert.Equal(1, model.HazardMultiplier(Parameters with { WearHazardCoefficient = 0 }, atReference), 12);
        Assert.Equal(Math.Exp(0.4), model.HazardMultiplier(Parameters with { WearHazardCoefficient = 0 }, above), 12);
    }

    [Theory]
    [InlineData(0.0, 40.0)]
    [InlineData(0.5, 70.0)]
    [InlineData(1.0, 100.0)]
    public void KijimaTypeOneRemovesAFractionOfTheAgeSinceTheLastRepair(double q, double expected) =>
        Assert.Equal(expected, VirtualAge.AfterRepair(40, 60, q), 12);

    [Fact]
    public void MinimalRepairIsTheDefault() => Assert.Equal(100, VirtualAge.AfterRepair(40, 60, null), 12);

    [Fact]
    public void ARestorationFactorOutsideTheUnitIntervalIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => VirtualAge.AfterRepair(0, 10, 1.5));
}
