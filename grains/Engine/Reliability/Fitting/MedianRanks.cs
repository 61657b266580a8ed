using MathNet.Numerics.Distributions;

namespace Alms.Twins.Engine.Reliability.Fitting;

/// <summary>
/// Plotting positions for rank regression: Johnson's adjusted ranks account for suspensions, and each
/// (possibly fractional) rank i of n becomes an unreliability estimate by the chosen <see cref="RankMethod"/>.
/// </summary>
internal static class MedianRanks
{
    /// <summary>Failure times in ascending order with their unreliability estimates.</summary>
    public static IReadOnlyList<(double Time, double Unreliability)> Estimate(LifeData data, RankMethod method)
    {
        // Ties put failures before suspensions: a unit suspended at a failure time was still running at it.
        var units = data.Failures.Select(t => (Time: t, Failed: true))
            .Concat(data.Suspensions.Select(t => (Time: t, Failed: false)))
            .OrderBy(u => u.Time)
            .ThenBy(u => u.Failed ? 0 : 1)
            .ToArray();
        var n = units.Length;
        var previousRank = 0.0;
        var points = new List<(double, double)>(data.FailureCount);
        for (var position = 0; position < n; position++)
        {
            if (!units[position].Failed)
            {
                continue;
            }

            // Johnson: adjusted rank = (reverse rank · previous rank + n + 1) / (reverse rank + 1).
            var reverseRank = n - position;
            previousRank = (reverseRank * previousRank + n + 1) / (reverseRank + 1);
            points.Add((units[position].Time, Unreliability(previousRank, n, method)));
        }

        return points;
    }

    public static double Unreliability(double rank, int n, RankMethod method) => method switch
    {
        RankMethod.ExactMedian => Beta.InvCDF(rank, n - rank + 1, 0.5),
        RankMethod.Benard => (rank - 0.3) / (n + 0.4),
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "unknown rank method"),
    };
}
