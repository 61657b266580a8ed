using Alms.Twins.Engine.Reliability;
using Alms.Twins.Engine.Reliability.Fitting;

namespace Alms.Twins.Engine.Tests.Reliability;

/// <summary>Builds seeded samples of field data with independent random right censoring.</summary>
internal static class SimulatedLifeData
{
    /// <summary>
    /// n units with lives T = F⁻¹(U) and censoring times C = F⁻¹(V), V ~ U(a, 1), independent of T. Then
    /// P(C &lt; T) = P(U &gt; V) = (1 − a)/2, so a = 1 − 2·<paramref name="censoredFraction"/> (at most 0.5).
    /// </summary>
    public static LifeData Draw(ILifeDistribution distribution, int n, double censoredFraction, int seed)
    {
        var random = new Random(seed);
        var floor = 1 - 2 * censoredFraction;
        var failures = new List<double>();
        var suspensions = new List<double>();
        for (var i = 0; i < n; i++)
        {
            var life = distribution.Quantile(Open(random));
            var censoring = censoredFraction > 0 ? distribution.Quantile(floor + (1 - floor) * Open(random)) : double.PositiveInfinity;
            (life <= censoring ? failures : suspensions).Add(Math.Min(life, censoring));
        }

        return new LifeData(failures, suspensions);
    }

    // Strictly inside (0, 1), so that quantiles stay finite and positive.
    private static double Open(Random random)
    {
        double u;
        do
        {
            u = random.NextDouble();
        }
        while (u == 0);

        return u;
    }
}
