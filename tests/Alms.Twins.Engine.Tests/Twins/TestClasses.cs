using Alms.Twins.Assets;

namespace Alms.Twins.Engine.Tests.Twins;

/// <summary>Builders for engine tests: one pump-like class with a gauge, a wear gauge and a counter.</summary>
internal static class TestClasses
{
    public static readonly DegradationParameters PumpDegradation =
        new(WeibullShape: 2, AgeScaleDays: 3650, UsageCounter: "hours", UsageScale: 50_000, WearMetric: "vibration", WearBaseline: 1, WearFailureLevel: 11, WearHazardCoefficient: 2, WearSmoothing: 0.5);

    public static AssetClassDefinition Pump(string id = "pump.test") => new(
        id,
        "Test pump",
        [
            new MetricDefinition("vibration", "mm/s", 0, 50, MetricKind.Gauge, new AlarmThresholds(WarningHigh: 7, CriticalHigh: 11, Deadband: 0.5)),
            new MetricDefinition("pressure", "kPa", 0, 1000, MetricKind.Gauge, new AlarmThresholds(WarningLow: 200, CriticalLow: 100, Deadband: 10)),
            new MetricDefinition("hours", "h", 0, 24, MetricKind.Counter),
        ],
        PumpDegradation,
        new CostDefaults(10_000m, 500m, 2_000m, 100m));
}
