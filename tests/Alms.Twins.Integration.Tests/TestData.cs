using Alms.Twins.Assets;
using Alms.Twins.Telemetry;

namespace Alms.Twins.Integration.Tests;

/// <summary>Builders for cluster and API tests.</summary>
public static class TestData
{
    public static readonly AssetClassDefinition PumpClass = new(
        "pump.it",
        "Integration-test pump",
        [
            new MetricDefinition("vibration", "mm/s", 0, 50, MetricKind.Gauge, new AlarmThresholds(WarningHigh: 7, CriticalHigh: 11, Deadband: 0.5)),
            new MetricDefinition("temperature", "°C", -40, 200, MetricKind.Gauge, new AlarmThresholds(WarningHigh: 85, CriticalHigh: 100)),
            new MetricDefinition("hours", "h", 0, 24, MetricKind.Counter),
        ],
        new DegradationParameters(2, 3650, "hours", 50_000, "vibration", 1, 11, 2, 0.5),
        new CostDefaults(10_000m, 500m, 2_000m, 100m));

    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    public static AssetRegistration Pump(string id, LifecycleStage stage = LifecycleStage.InService, DateTimeOffset? installed = null, string site = "plant-a/line-1") =>
        new(id, PumpClass.Id, site, Manufacturer: "Acme", Model: "P-100", SerialNumber: "SN-1", AcquisitionCost: 9_500m,
            InstallDate: installed, Criticality: 4, ConsequenceOfFailureCost: 50_000m, InitialStage: stage, Actor: "tester");

    public static TelemetryReading Reading(string assetId, string metric, double value, long sequence, DateTimeOffset at, string source = "gw-1") =>
        new(assetId, metric, value, at, source, sequence);
}
