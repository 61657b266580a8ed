using MathNet.Numerics;

namespace Alms.Twins.Engine.Reliability.Distributions;

/// <summary>ln Φ̄(z) = ln P(Z &gt; z) for a standard normal Z, accurate far into the upper tail.</summary>
internal static class StandardNormalTail
{
    // erfc(z/√2) stays a normal double up to z ≈ 37; beyond that the asymptotic series is exact to double precision.
    private const double DirectLimit = 37.0;

    public static double LogUpper(double z)
    {
        if (z < DirectLimit)
        {
            return Math.Log(0.5 * SpecialFunctions.Erfc(z / Constants.Sqrt2));
        }

        var inverseSquare = 1.0 / (z * z);
        var series = 1 - inverseSquare * (1 - 3 * inverseSquare * (1 - 5 * inverseSquare));
        return -0.5 * z * z - Math.Log(z * Constants.Sqrt2Pi) + Math.Log(series);
    }

    public static double LogDensity(double z) => -0.5 * z * z - Constants.LogSqrt2Pi;
}
