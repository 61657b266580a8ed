using Alms.Twins.Assets;

namespace Alms.Twins.Engine.Twins;

/// <summary>
/// Raises, escalates and clears the alarm of one metric from its latest value and the class thresholds.
/// A raised alarm clears (or steps down) only once the value is back past its threshold by the deadband,
/// so a value hovering at a threshold does not flap.
/// </summary>
public static class AlarmEvaluator
{
    /// <summary>The metric's alarm after seeing <paramref name="value"/>: null when none stands.</summary>
    public static ActiveAlarm? Evaluate(MetricDefinition metric, double value, ActiveAlarm? current, DateTimeOffset at)
    {
        if (metric.Alarms is not { } limits)
        {
            return null;
        }

        var target = Classify(limits, value);
        if (current is not null && !HasRecovered(limits, current, value) && (target is null || target.Value.Severity <= current.Severity))
        {
            // Still beyond the raised threshold (within the deadband): keep the alarm, report the new value.
            return current with { Value = value };
        }

        if (target is not { } level)
        {
            return null;
        }

        return current is not null && current.Severity == level.Severity && current.High == level.High
            ? current with { Value = value }
            : new ActiveAlarm(metric.Name, level.Severity, level.Threshold, value, at, level.High);
    }

    private static (AlarmSeverity Severity, double Threshold, bool High)? Classify(AlarmThresholds limits, double value)
    {
        if (limits.CriticalHigh is { } ch && value >= ch)
        {
            return (AlarmSeverity.Critical, ch, true);
        }

        if (limits.CriticalLow is { } cl && value <= cl)
        {
            return (AlarmSeverity.Critical, cl, false);
        }

        if (limits.WarningHigh is { } wh && value >= wh)
        {
            return (AlarmSeverity.Warning, wh, true);
        }

        return limits.WarningLow is { } wl && value <= wl ? (AlarmSeverity.Warning, wl, false) : null;
    }

    private static bool HasRecovered(AlarmThresholds limits, ActiveAlarm alarm, double value) =>
        alarm.High ? value < alarm.Threshold - limits.Deadband : value > alarm.Threshold + limits.Deadband;
}
