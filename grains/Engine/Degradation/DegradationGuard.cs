namespace Alms.Twins.Engine.Degradation;

/// <summary>Argument checks shared by the degradation models.</summary>
internal static class DegradationGuard
{
    public static void RequirePositive(double value, string paramName)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentException($"must be finite and > 0 (was {value})", paramName);
        }
    }

    public static void RequireNonNegative(double value, string paramName)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentException($"must be finite and >= 0 (was {value})", paramName);
        }
    }

    public static void RequireProbability(double p, string paramName)
    {
        if (!(p > 0 && p < 1))
        {
            throw new ArgumentException($"must be a probability in (0, 1) (was {p})", paramName);
        }
    }

    /// <summary>The wear still to go before failure: the threshold must lie above the current wear.</summary>
    public static double RequireMarginToThreshold(double threshold, double currentWear)
    {
        RequirePositive(threshold, nameof(threshold));
        RequireNonNegative(currentWear, nameof(currentWear));
        if (threshold <= currentWear)
        {
            throw new ArgumentException(
                $"threshold {threshold} must be above the current wear {currentWear} (the unit has already failed)", nameof(threshold));
        }

        return threshold - currentWear;
    }
}
