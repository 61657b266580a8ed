using Alms.Twins.Assets;

namespace Alms.Twins.Engine.Twins;

/// <summary>The inputs a health model reads from a twin.</summary>
/// <param name="AgeDays">Calendar age since installation, in days.</param>
/// <param name="Usage">Accumulated usage on the class's usage counter (e.g. operating hours), or 0.</param>
/// <param name="UsagePerDay">Recent usage rate, used to project usage over a horizon.</param>
/// <param name="Wear">Smoothed wear indicator in [0, 1].</param>
public sealed record HealthInputs(double AgeDays, double Usage, double UsagePerDay, double Wear);

/// <summary>
/// A degradation model as the twin sees it: from the current state to a health index and failure
/// probabilities. The twin holds one per asset (its class's parameters, possibly overridden).
/// </summary>
public interface IHealthModel
{
    /// <summary>Probability that the asset fails within <paramref name="horizonDays"/>, given it works now.</summary>
    double FailureProbability(DegradationParameters parameters, HealthInputs inputs, double horizonDays);

    /// <summary>The full assessment at <paramref name="at"/>.</summary>
    HealthAssessment Assess(DegradationParameters parameters, HealthInputs inputs, DateTimeOffset at);
}
