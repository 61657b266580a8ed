namespace Alms.Twins.Engine.Twins;

/// <summary>
/// Kijima type I virtual age: a repair removes a fraction 1 − q of the age accumulated since the previous
/// repair, V_n = V_{n−1} + q·X_n. q = 0 is a renewal (as good as new), q = 1 a minimal repair (as bad as old).
/// </summary>
public static class VirtualAge
{
    /// <param name="virtualAgeAtPreviousRepair">V_{n−1}, in days (0 at installation).</param>
    /// <param name="daysSincePreviousRepair">X_n, the operating time since the previous repair.</param>
    /// <param name="restorationFactor">q in [0, 1]; null means minimal repair (q = 1).</param>
    public static double AfterRepair(double virtualAgeAtPreviousRepair, double daysSincePreviousRepair, double? restorationFactor)
    {
        var q = restorationFactor ?? 1;
        if (q is < 0 or > 1 || double.IsNaN(q))
        {
            throw new ArgumentOutOfRangeException(nameof(restorationFactor), q, "a restoration factor lies in [0, 1]");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(daysSincePreviousRepair);
        return virtualAgeAtPreviousRepair + (q * daysSincePreviousRepair);
    }
}
