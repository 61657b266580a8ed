using System.Text.Json;
using Alms.Twins.Assets;
using Alms.Twins.Engine.Twins;
using Alms.Twins.Telemetry;

namespace Alms.Twins.Engine.Tests.Twins;

public sealed class TelemetryApplierTests
{
    private const string AssetId = "pump-1";
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly AssetClassDefinition Pump = TestClasses.Pump();

    private static TelemetryReading Reading(string metric, double value, long sequence, string source = "gw", int secondsAfter = 0) =>
        new(AssetId, metric, value, T0.AddSeconds(secondsAfter == 0 ? sequence : secondsAfter), source, sequence);

    private static ApplyOutcome Apply(TwinCondition condition, params TelemetryReading[] readings) =>
        TelemetryApplier.Apply(condition, Pump, Pump.Degradation, LifecycleStage.InService, AssetId, readings);

    [Fact]
    public void ReadingsOfASourceApplyInSequenceOrderWhateverTheirOrderInTheBatch()
    {
        var condition = new TwinCondition();

        var outcome = Apply(condition, Reading("vibration", 3, 3), Reading("vibration", 1, 1), Reading("vibration", 2, 2));

        Assert.Equal(3, outcome.Applied);
        Assert.Equal(3, condition.Metrics["vibration"].Value);
        Assert.Equal(3, condition.Watermarks["gw"]);

        // Smoothed wear saw 1, 2, 3 in that order, n(x) = (x − 1)/10: w = n(1) = 0; w += ½(0.1 − w) = 0.05; w += ½(0.2 − w) = 0.125.
        Assert.Equal(0.125, condition.Wear, 12);
    }

    [Fact]
    public void DuplicateAndOlderSequencesAreDroppedSoResendingIsSafe()
    {
        var condition = new TwinCondition();
        Apply(condition, Reading("hours", 1, 1), Reading("hours", 1, 2), Reading("hours", 1, 3));

        var resent = Apply(condition, Reading("hours", 1, 2), Reading("hours", 1, 3), Reading("hours", 1, 3), Reading("hours", 1, 4));

        Assert.Equal(1, resent.Applied);
        Assert.Equal(3, resent.Duplicates);
        Assert.Equal(4, condition.Counters["hours"]);
        Assert.Equal(3, condition.DuplicatesDropped);
    }

    [Fact]
    public void SourcesHaveIndependentWatermarks()
    {
        var condition = new TwinCondition();

        Apply(condition, Reading("hours", 2, 10, "a"), Reading("hours", 3, 1, "b"));

        Assert.Equal(5, condition.Counters["hours"]);
        Assert.Equal(10, condition.Watermarks["a"]);
        Assert.Equal(1, condition.Watermarks["b"]);
    }

    [Fact]
    public void GaugeKeepsTheReadingWithTheLatestTimestampAcrossSources()
    {
        var condition = new TwinCondition();

        Apply(condition, Reading("pressure", 500, 1, "a", secondsAfter: 100), Reading("pressure", 400, 1, "b", secondsAfter: 50));

        Assert.Equal(500, condition.Metrics["pressure"].Value);
    }

    [Theory]
    [InlineData("vibration", double.NaN, "value")]
    [InlineData("vibration", double.PositiveInfinity, "value")]
    [InlineData("vibration", double.NegativeInfinity, "value")]
    [InlineData("temperature", 20, "metric")]
    [InlineData("vibration", 50.5, "value")]
    [InlineData("hours", -1, "value")]
    public void InvalidReadingIsRejectedWithItsFieldAndChangesNothing(string metric, double value, string field)
    {
        var condition = new TwinCondition();
        Apply(condition, Reading("vibration", 4, 1));
        var before = JsonSerializer.Serialize(condition);

        var outcome = Apply(condition, Reading(metric, value, 2));

        var rejection = Assert.Single(outcome.Rejected);
        Assert.Equal(field, rejection.Field);
        Assert.Equal(0, rejection.Index);
        Assert.Equal(0, outcome.Applied);
        condition.ReadingsRejected = 0;
        Assert.Equal(before, JsonSerializer.Serialize(condition));
    }

    [Theory]
    [InlineData(LifecycleStage.Planned)]
    [InlineData(LifecycleStage.Acquired)]
    [InlineData(LifecycleStage.Disposed)]
    public void StagesWithoutSensorsRejectEveryReading(LifecycleStage stage)
    {
        var condition = new TwinCondition();

        var outcome = TelemetryApplier.Apply(condition, Pump, Pump.Degradation, stage, AssetId, [Reading("vibration", 4, 1)]);

        Assert.Equal("assetId", Assert.Single(outcome.Rejected).Field);
        Assert.Empty(condition.Metrics);
        Assert.Empty(condition.Watermarks);
    }

    [Fact]
    public void ValidReadingsOfAMixedBatchApplyAndEachRejectedOneIsReportedByIndex()
    {
        var condition = new TwinCondition();

        var outcome = Apply(condition, Reading("vibration", 4, 1), Reading("vibration", double.NaN, 2), Reading("nope", 1, 3), Reading("hours", 1, 4));

        Assert.Equal(2, outcome.Applied);
        Assert.Equal([1, 2], outcome.Rejected.Select(r => r.Index));
        Assert.Equal(4, condition.Watermarks["gw"]);
    }

    [Fact]
    public void AlarmsFollowTheLatestValueOfEachGauge()
    {
        var condition = new TwinCondition();

        var raised = Apply(condition, Reading("vibration", 8, 1), Reading("pressure", 150, 2));
        Assert.True(raised.AlarmsChanged);
        Assert.Equal(2, condition.Alarms.Count);

        var cleared = Apply(condition, Reading("vibration", 3, 3), Reading("pressure", 600, 4));
        Assert.True(cleared.AlarmsChanged);
        Assert.Empty(condition.Alarms);
    }

    [Fact]
    public void ReadingForAnotherAssetIsRejected()
    {
        var condition = new TwinCondition();

        var outcome = TelemetryApplier.Apply(condition, Pump, Pump.Degradation, LifecycleStage.InService, "pump-2", [Reading("vibration", 4, 1)]);

        Assert.Equal("assetId", Assert.Single(outcome.Rejected).Field);
    }
}
