using Alms.Twins.Assets;

namespace Alms.Twins.Silo.Demo;

/// <summary>The asset classes of the demo fleet, with realistic units, ranges and alarm limits.</summary>
internal static class DemoClasses
{
    public static IReadOnlyList<AssetClassDefinition> All { get; } =
    [
        new(
            "pump.centrifugal",
            "Centrifugal pump",
            [
                new("vibration_mm_s", "mm/s", 0, 50, MetricKind.Gauge, new AlarmThresholds(WarningHigh: 7.1, CriticalHigh: 11.2, Deadband: 0.3)),
                new("bearing_temp_c", "°C", -40, 200, MetricKind.Gauge, new AlarmThresholds(WarningHigh: 85, CriticalHigh: 100, Deadband: 2)),
                new("flow_m3_h", "m³/h", 0, 2000),
                new("operating_hours", "h", 0, 24, MetricKind.Counter),
            ],
            new DegradationParameters(2.2, 365 * 12, "operating_hours", 60_000, "vibration_mm_s", 1.5, 14, 2.0, 0.2, FittedCovariance(2.2, 365 * 12),
                ConditionStates: new ConditionStateModel([0.25, 0.5, 0.75], [0.8, 0.2, 0, 0, 0, 0.7, 0.3, 0, 0, 0, 0.6, 0.4, 0, 0, 0, 1])),
            new CostDefaults(48_000m, 3_500m, 12_000m, 1_800m)),
        new(
            "transformer.power",
            "Power transformer",
            [
                new("top_oil_temp_c", "°C", -40, 150, MetricKind.Gauge, new AlarmThresholds(WarningHigh: 90, CriticalHigh: 105, Deadband: 2)),
                new("load_pct", "%", 0, 150, MetricKind.Gauge, new AlarmThresholds(WarningHigh: 100, CriticalHigh: 120, Deadband: 2)),
                new("dissolved_gas_ppm", "ppm", 0, 5000, MetricKind.Gauge, new AlarmThresholds(WarningHigh: 720, CriticalHigh: 1920, Deadband: 20)),
            ],
            new DegradationParameters(3.5, 365 * 40, WearMetric: "dissolved_gas_ppm", WearBaseline: 100, WearFailureLevel: 2500, WearHazardCoefficient: 2.5,
                ShapeScaleCovariance: FittedCovariance(3.5, 365 * 40),
                Covariates: [new CovariateEffect("load_pct", 0.02, 70)]),
            new CostDefaults(1_200_000m, 25_000m, 150_000m, 20_000m)),
        new(
            "conveyor.belt",
            "Belt conveyor",
            [
                new("motor_current_a", "A", 0, 400, MetricKind.Gauge, new AlarmThresholds(WarningHigh: 260, CriticalHigh: 300, WarningLow: 20, Deadband: 5)),
                new("belt_wear_mm", "mm", 0, 30, MetricKind.Gauge, new AlarmThresholds(WarningHigh: 14, CriticalHigh: 18, Deadband: 0.2)),
                new("cycles", "cycles", 0, 10_000, MetricKind.Counter),
            ],
            new DegradationParameters(1.8, 365 * 8, "cycles", 5_000_000, "belt_wear_mm", 2, 20, 1.5, 0.3, FittedCovariance(1.8, 365 * 8), RestorationFactor: 0.3),
            new CostDefaults(180_000m, 8_000m, 30_000m, 4_500m)),
        new(
            "truck.haul",
            "Haul truck",
            [
                new("engine_temp_c", "°C", -40, 150, MetricKind.Gauge, new AlarmThresholds(WarningHigh: 105, CriticalHigh: 115, Deadband: 2)),
                new("oil_pressure_kpa", "kPa", 0, 1000, MetricKind.Gauge, new AlarmThresholds(WarningLow: 200, CriticalLow: 140, Deadband: 10)),
                new("distance_km", "km", 0, 100, MetricKind.Counter),
            ],
            new DegradationParameters(2.5, 365 * 10, "distance_km", 900_000, "engine_temp_c", 85, 125, 1.0, 0.1, FittedCovariance(2.5, 365 * 10), RestorationFactor: 0.5),
            new CostDefaults(3_500_000m, 40_000m, 250_000m, 9_000m)),
    ];

    /// <summary>
    /// The covariance a maximum-likelihood fit of about 40 failures would give: coefficients of variation of
    /// 12 % on the shape and 8 % on the scale, correlation 0.3 (typical of Weibull fits). Demo data only.
    /// </summary>
    private static ShapeScaleCovariance FittedCovariance(double shape, double scaleDays)
    {
        var sdShape = 0.12 * shape;
        var sdScale = 0.08 * scaleDays;
        return new ShapeScaleCovariance(sdShape * sdShape, sdScale * sdScale, 0.3 * sdShape * sdScale);
    }

    public static readonly IReadOnlyList<string> Sites =
        ["plant-a/line-1", "plant-a/line-2", "plant-b/utilities", "substation-north", "mine-c/pit-1", "mine-c/workshop"];
}
