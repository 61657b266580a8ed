using Alms.Twins.Assets;

namespace Alms.Twins.Engine.Twins;

/// <summary>The inputs a health model reads from a twin.</summary>
/// <param name="AgeDays">The age the hazard is evaluated at: calendar age since installation, or the virtual age after imperfect repairs.</param>
/// <param name="Usage">Accumulated usage on the class's usage counter (e.g. operating hours), or 0.</param>
/// <param name="UsagePerDay">Recent usage rate, used to project usage over a horizon.</param>
/// <param name="Wear">Smoothed wear indicator in [0, 1].</param>
/// <param name="CovariateValues">Latest values of the class's covariate gauges; a missing one counts as its reference value.</param>
public sealed record HealthInputs(double AgeDays, double Usage, double UsagePerDay, double Wear, IReadOnlyDictionary<string, double>? CovariateValues = null);

/// <summary>
/// A degradation model as the twin sees it: from the current state to the survival of its remaining
/// life, hence failure probabilities over any horizon and a health index. The twin holds one per asset
/// (its class's parameters, possibly overridden).
/// </summary>
public interface IHealthModel
{
    /// <summary>The proportional-hazards factor of the current wear and covariates (1 = baseline).</summary>
    double HazardMultiplier(DegradationParameters parameters, HealthInputs inputs);

    /// <summary>S(x) = P(the asset survives <paramref name="days"/> more days | it works now).</summary>
    double ConditionalSurvival(DegradationParameters parameters, HealthInputs inputs, double days);

    /// <summary>Probability that the asset fails within <paramref name="horizonDays"/>, given it works now.</summary>
    double FailureProbability(DegradationParameters parameters, HealthInputs inputs, double horizonDays);

    /// <summary>Health index and 30- and 365-day failure probabilities at <paramref name="at"/>; cheap enough for every batch.</summary>
    HealthAssessment Assess(DegradationParameters parameters, HealthInputs inputs, DateTimeOffset at);
}
