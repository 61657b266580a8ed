using System.Collections.Immutable;
using Alms.Twins.Assets;
using Alms.Twins.Telemetry;

namespace Alms.Twins.Integration.Tests.Api;

/// <summary>Builders of valid classes, registrations and readings with ids unique to the calling test.</summary>
internal static class ApiTestData
{
    public const string Temperature = "temperature";
    public const string OperatingHours = "operatingHours";

    public static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static string UniqueId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    /// <summary>A pump class: a temperature gauge (0–200 °C, warning at 80, critical at 100) and an operating-hours counter.</summary>
    public static AssetClassDefinition PumpClass(string? id = null, string name = "Centrifugal pump") => new(
        id ?? UniqueId("pump"),
        name,
        [
            new MetricDefinition(Temperature, "°C", 0, 200, MetricKind.Gauge, new AlarmThresholds(WarningHigh: 80, CriticalHigh: 100)),
            new MetricDefinition(OperatingHours, "h", 0, 10_000, MetricKind.Counter),
        ],
        new DegradationParameters(WeibullShape: 2, AgeScaleDays: 3650, UsageCounter: OperatingHours, UsageScale: 40_000),
        new CostDefaults(ReplacementCost: 12_000, PreventiveRepairCost: 800, CorrectiveRepairCost: 3_000, DowntimeCostPerHour: 150));

    public static AssetRegistration Pump(
        string classId, string? id = null, string site = "plant-a/line-1", LifecycleStage stage = LifecycleStage.InService) =>
        new(id ?? UniqueId("asset"), classId, site, Manufacturer: "Acme", Model: "P-100", InitialStage: stage, InstallDate: Epoch);

    public static TelemetryReading Reading(string assetId, string metric, double value, long sequence, string source = "gateway-1") =>
        new(assetId, metric, value, Epoch.AddMinutes(sequence), source, sequence);

    public static ImmutableArray<TelemetryReading> Readings(params TelemetryReading[] readings) => [.. readings];
}
