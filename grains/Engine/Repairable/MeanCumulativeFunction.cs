using MathNet.Numerics.Distributions;

namespace Alms.Twins.Engine.Repairable;

/// <summary>One step of the non-parametric mean cumulative function, at one recurrence.</summary>
/// <param name="Time">Age of the recurrence.</param>
/// <param name="Mcf">Estimated mean cumulative number of recurrences per system up to and including this one.</param>
/// <param name="Variance">Nelson's naive variance estimate of <paramref name="Mcf"/>.</param>
/// <param name="Lower">Lower confidence bound.</param>
/// <param name="Upper">Upper confidence bound.</param>
public sealed record McfPoint(double Time, double Mcf, double Variance, double Lower, double Upper);

/// <summary>
/// Nelson's non-parametric mean cumulative function for a population of systems with staggered ends.
/// </summary>
/// <remarks>
/// Conventions (those of ReliaSoft and the Python <c>reliability</c> package): every recurrence is its own
/// step, ties included; at a tied age recurrences are counted before systems leave observation. With r
/// systems under observation a recurrence adds 1/r to the MCF and (1/r²)(1 − 1/r) to the variance, Nelson's
/// naive estimator for one event among r systems. Bounds are MCF·exp(±z·√Var/MCF) with z = Φ⁻¹(confidence):
/// each bound is one-sided at that level, so 0.95 gives a 90% two-sided band.
/// </remarks>
public static class MeanCumulativeFunction
{
    public static IReadOnlyList<McfPoint> Estimate(IReadOnlyList<RecurrenceHistory> systems, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(systems);
        if (systems.Count == 0)
        {
            throw new ArgumentException("at least one system is required", nameof(systems));
        }

        if (!(confidence > 0.5 && confidence < 1))
        {
            throw new ArgumentException($"must be in (0.5, 1) (was {confidence})", nameof(confidence));
        }

        var z = Normal.InvCDF(0, 1, confidence);

        // Sorting by (age, kind) with recurrences (kind 0) before removals (kind 1) applies the tie rule.
        var steps = systems
            .SelectMany(s => s.EventTimes.Select(t => (Time: t, Kind: 0)).Append((Time: s.EndTime, Kind: 1)))
            .OrderBy(e => e.Time)
            .ThenBy(e => e.Kind)
            .ToList();

        var atRisk = systems.Count;
        var mcf = 0.0;
        var variance = 0.0;
        var points = new List<McfPoint>();
        foreach (var (time, kind) in steps)
        {
            if (kind == 1)
            {
                atRisk--;
                continue;
            }

            var share = 1.0 / atRisk;
            mcf += share;
            variance += share * share * (1 - share);
            var spread = Math.Exp(z * Math.Sqrt(variance) / mcf);
            points.Add(new McfPoint(time, mcf, variance, mcf / spread, mcf * spread));
        }

        if (points.Count == 0)
        {
            throw new ArgumentException("the systems have no recurrences", nameof(systems));
        }

        return points;
    }
}
