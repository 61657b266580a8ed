using Alms.Twins.Assets;
using Alms.Twins.Engine.Twins;
using BenchmarkDotNet.Attributes;

namespace Alms.Twins.Bench.Micro;

/// <summary>
/// The twin's health model: the cheap assessment every directory refresh pays, and the remaining-life
/// estimate a snapshot pays (with and without covariance bounds, which take 200 parameter draws).
/// </summary>
[MemoryDiagnoser]
public class TwinModelBenchmarks
{
    private static readonly WeibullWearHealthModel Model = WeibullWearHealthModel.Instance;
    private static readonly DegradationParameters Point = new(2.2, 4000, "hours", 50_000, "vibration", 1, 11, 2, 0.2);
    private static readonly DegradationParameters Fitted = Point with { ShapeScaleCovariance = new(0.04, 90_000, 12) };
    private static readonly HealthInputs Inputs = new(1200, 20_000, 16, 0.3);

    [Benchmark]
    public HealthAssessment Assess() => Model.Assess(Point, Inputs, DateTimeOffset.UnixEpoch);

    [Benchmark]
    public RemainingLifeEstimate RemainingLife() => RemainingLifeCalculator.Estimate(Model, Point, Inputs);

    [Benchmark]
    public RemainingLifeEstimate RemainingLifeWithBounds() => RemainingLifeCalculator.Estimate(Model, Fitted, Inputs);
}
