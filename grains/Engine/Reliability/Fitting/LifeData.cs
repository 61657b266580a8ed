namespace Alms.Twins.Engine.Reliability.Fitting;

/// <summary>
/// Field data for one population: exact failure times and right-censored (suspended) units, in the same time
/// unit. Validated on construction: at least one failure, every time finite, failures &gt; 0, suspensions ≥ 0.
/// </summary>
public sealed class LifeData
{
    public LifeData(IEnumerable<double> failures, IEnumerable<double>? suspensions = null)
    {
        ArgumentNullException.ThrowIfNull(failures);
        Failures = [.. failures];
        Suspensions = suspensions is null ? [] : [.. suspensions];

        if (Failures.Count == 0)
        {
            throw new ArgumentException(
                Suspensions.Count == 0
                    ? "failures: no data; at least one failure time is needed"
                    : "failures: every unit is suspended; at least one failure time is needed",
                nameof(failures));
        }

        Validate(Failures, nameof(failures), allowZero: false);
        Validate(Suspensions, nameof(suspensions), allowZero: true);
        DistinctFailureCount = Failures.Distinct().Count();
        SmallestFailure = Failures.Min();
    }

    /// <summary>Exact failure times.</summary>
    public IReadOnlyList<double> Failures { get; }

    /// <summary>Times at which units were still running when observation stopped.</summary>
    public IReadOnlyList<double> Suspensions { get; }

    public int FailureCount => Failures.Count;

    public int SuspensionCount => Suspensions.Count;

    /// <summary>Failures plus suspensions: the sample size n used by AICc and BIC.</summary>
    public int Count => Failures.Count + Suspensions.Count;

    public int DistinctFailureCount { get; }

    public double SmallestFailure { get; }

    private static void Validate(IReadOnlyList<double> times, string field, bool allowZero)
    {
        for (var i = 0; i < times.Count; i++)
        {
            var t = times[i];
            var reason = t switch
            {
                double.NaN => "is NaN",
                _ when double.IsInfinity(t) => "is infinite",
                < 0 => "is negative",
                0 when !allowZero => "is zero (a failure time must be > 0)",
                _ => null,
            };
            if (reason is not null)
            {
                throw new ArgumentException($"{field}[{i}] = {t} {reason}", field);
            }
        }
    }
}
