namespace Alms.Twins.Engine.Repairable;

/// <summary>
/// The recurrences (failures, repairs) of one system observed from age 0 to <see cref="EndTime"/>.
/// Event times are ages, sorted, and no later than the end of observation.
/// </summary>
public sealed class RecurrenceHistory
{
    public RecurrenceHistory(IReadOnlyList<double> eventTimes, double endTime)
    {
        EventTimeGuard.RequireSortedPositive(eventTimes, nameof(eventTimes), allowEmpty: true);
        EventTimeGuard.RequirePositive(endTime, nameof(endTime));
        if (eventTimes.Count > 0 && eventTimes[^1] > endTime)
        {
            throw new ArgumentException(
                $"the last event ({eventTimes[^1]}) is after the end of observation ({endTime})", nameof(endTime));
        }

        EventTimes = [.. eventTimes];
        EndTime = endTime;
    }

    public IReadOnlyList<double> EventTimes { get; }

    /// <summary>Age at which observation stopped (censoring age, or the last failure if failure-terminated).</summary>
    public double EndTime { get; }
}
