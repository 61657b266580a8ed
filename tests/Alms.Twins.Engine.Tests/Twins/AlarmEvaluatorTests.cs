using Alms.Twins.Assets;
using Alms.Twins.Engine.Twins;

namespace Alms.Twins.Engine.Tests.Twins;

public sealed class AlarmEvaluatorTests
{
    private static readonly MetricDefinition Vibration = TestClasses.Pump().FindMetric("vibration")!;
    private static readonly MetricDefinition Pressure = TestClasses.Pump().FindMetric("pressure")!;
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ValueBelowEveryLimitRaisesNothing() => Assert.Null(AlarmEvaluator.Evaluate(Vibration, 6.9, null, T0));

    [Fact]
    public void WarningThenCriticalEscalatesAndKeepsTheLatestValue()
    {
        var warning = AlarmEvaluator.Evaluate(Vibration, 7.0, null, T0);
        Assert.Equal(AlarmSeverity.Warning, warning!.Severity);
        Assert.Equal(7.0, warning.Threshold);

        var critical = AlarmEvaluator.Evaluate(Vibration, 12, warning, T0.AddMinutes(1));
        Assert.Equal(AlarmSeverity.Critical, critical!.Severity);
        Assert.Equal(T0.AddMinutes(1), critical.RaisedAt);
        Assert.Equal(12, critical.Value);
    }

    [Fact]
    public void AlarmHoldsWithinTheDeadbandAndClearsBeyondIt()
    {
        var warning = AlarmEvaluator.Evaluate(Vibration, 7.2, null, T0);

        // 6.6 is below the 7.0 limit but within its 0.5 deadband: the alarm stands, raised at the same time.
        var held = AlarmEvaluator.Evaluate(Vibration, 6.6, warning, T0.AddMinutes(1));
        Assert.Equal(AlarmSeverity.Warning, held!.Severity);
        Assert.Equal(T0, held.RaisedAt);

        Assert.Null(AlarmEvaluator.Evaluate(Vibration, 6.4, held, T0.AddMinutes(2)));
    }

    [Fact]
    public void CriticalStepsDownToWarningOnceBelowItsDeadband()
    {
        var critical = AlarmEvaluator.Evaluate(Vibration, 11.5, null, T0);
        Assert.Equal(AlarmSeverity.Critical, AlarmEvaluator.Evaluate(Vibration, 10.7, critical, T0)!.Severity);

        var warning = AlarmEvaluator.Evaluate(Vibration, 10.0, critical, T0.AddMinutes(1));
        Assert.Equal(AlarmSeverity.Warning, warning!.Severity);
        Assert.Equal(7.0, warning.Threshold);
    }

    [Fact]
    public void LowLimitsRaiseLowAlarms()
    {
        var low = AlarmEvaluator.Evaluate(Pressure, 150, null, T0);
        Assert.Equal(AlarmSeverity.Warning, low!.Severity);
        Assert.False(low.High);

        var critical = AlarmEvaluator.Evaluate(Pressure, 90, low, T0);
        Assert.Equal(AlarmSeverity.Critical, critical!.Severity);

        Assert.Null(AlarmEvaluator.Evaluate(Pressure, 211, critical, T0));
    }

    [Fact]
    public void MetricWithoutLimitsNeverAlarms()
    {
        var hours = TestClasses.Pump().FindMetric("hours")!;
        Assert.Null(AlarmEvaluator.Evaluate(hours, 24, null, T0));
    }
}
