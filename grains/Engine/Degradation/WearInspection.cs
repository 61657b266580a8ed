namespace Alms.Twins.Engine.Degradation;

/// <summary>One inspection of a unit: its age and the measured wear indicator.</summary>
public readonly record struct WearInspection(double Time, double Wear);

/// <summary>Turns per-unit inspection series into the increments the estimators work on.</summary>
internal static class WearIncrements
{
    /// <summary>
    /// Increments (Δt, Δx) between consecutive inspections of each unit. A unit that starts new should list
    /// (0, 0) first; otherwise its first inspection is only the baseline for the next.
    /// </summary>
    public static List<(double Dt, double Dx)> From(IReadOnlyList<IReadOnlyList<WearInspection>> units, string paramName)
    {
        ArgumentNullException.ThrowIfNull(units, paramName);
        if (units.Count == 0)
        {
            throw new ArgumentException("at least one unit is required", paramName);
        }

        var increments = new List<(double, double)>();
        for (var u = 0; u < units.Count; u++)
        {
            var inspections = units[u] ?? throw new ArgumentException($"unit [{u}] is null", paramName);
            for (var i = 0; i < inspections.Count; i++)
            {
                var (time, wear) = inspections[i];
                if (!double.IsFinite(time) || time < 0 || !double.IsFinite(wear))
                {
                    throw new ArgumentException($"unit [{u}] inspection [{i}] has time {time}, wear {wear}: both must be finite, time >= 0", paramName);
                }

                if (i > 0)
                {
                    var dt = time - inspections[i - 1].Time;
                    if (dt <= 0)
                    {
                        throw new ArgumentException($"unit [{u}] inspection times must increase: [{i}] = {time} after {inspections[i - 1].Time}", paramName);
                    }

                    increments.Add((dt, wear - inspections[i - 1].Wear));
                }
            }
        }

        if (increments.Count < 2)
        {
            throw new ArgumentException("at least two increments (three inspections) are needed to estimate two parameters", paramName);
        }

        return increments;
    }
}
