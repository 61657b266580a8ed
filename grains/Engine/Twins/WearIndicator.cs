using Alms.Twins.Assets;

namespace Alms.Twins.Engine.Twins;

/// <summary>
/// Turns a raw wear metric (e.g. vibration velocity) into a wear level in [0, 1]: 0 at the class's
/// baseline, 1 at its failure level. Raw sensor values are noisy, so the level is an exponentially
/// weighted moving average rather than the last reading: one outlier does not fail an asset.
/// </summary>
public static class WearIndicator
{
    /// <summary>The reading's position between baseline and failure level, clamped to [0, 1].</summary>
    public static double Normalise(DegradationParameters parameters, double rawValue)
    {
        var span = parameters.WearFailureLevel - parameters.WearBaseline;
        var level = (rawValue - parameters.WearBaseline) / span;
        return Math.Clamp(level, 0, 1);
    }

    /// <summary>The smoothed wear after one more reading.</summary>
    public static double Update(DegradationParameters parameters, double currentWear, double rawValue, bool isFirstReading)
    {
        var level = Normalise(parameters, rawValue);
        return isFirstReading ? level : currentWear + (parameters.WearSmoothing * (level - currentWear));
    }
}
