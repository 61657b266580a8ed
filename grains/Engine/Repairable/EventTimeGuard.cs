namespace Alms.Twins.Engine.Repairable;

/// <summary>Argument checks shared by the repairable-system estimators.</summary>
internal static class EventTimeGuard
{
    /// <summary>Event times must be finite, strictly positive and in non-decreasing order.</summary>
    public static void RequireSortedPositive(IReadOnlyList<double> times, string paramName, bool allowEmpty = false)
    {
        ArgumentNullException.ThrowIfNull(times, paramName);
        if (times.Count == 0 && !allowEmpty)
        {
            throw new ArgumentException("at least one event time is required", paramName);
        }

        for (var i = 0; i < times.Count; i++)
        {
            if (!double.IsFinite(times[i]) || times[i] <= 0)
            {
                throw new ArgumentException($"event time [{i}] = {times[i]} must be finite and > 0", paramName);
            }

            if (i > 0 && times[i] < times[i - 1])
            {
                throw new ArgumentException($"event times must be sorted: [{i}] = {times[i]} < [{i - 1}] = {times[i - 1]}", paramName);
            }
        }
    }

    /// <summary>A strictly positive, finite duration or time.</summary>
    public static void RequirePositive(double value, string paramName)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentException($"must be finite and > 0 (was {value})", paramName);
        }
    }

    /// <summary>A non-negative, finite duration or time.</summary>
    public static void RequireNonNegative(double value, string paramName)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentException($"must be finite and >= 0 (was {value})", paramName);
        }
    }
}
