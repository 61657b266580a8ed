using Alms.Twins.Assets;

namespace Alms.Twins.Engine.Twins;

/// <summary>
/// First degradation model: two Weibull wear-out mechanisms sharing one shape — age and usage — whose
/// cumulative hazards add (competing risks), scaled by wear and covariates through a proportional-hazards
/// factor m = exp(c·w + Σ bᵢ(zᵢ − refᵢ)):
/// <code>H(a, u) = (a/η_age)^β + (u/η_usage)^β,  S(x) = exp(−m·[H(a+x, u+ṙx) − H(a, u)])</code>
/// The health index is 100 × (1 − w) × S(365 days): near 100 for a young, unworn asset of a long-lived
/// class, 0 when the wear indicator reaches the class's failure level.
/// </summary>
public sealed class WeibullWearHealthModel : IHealthModel
{
    public const double YearDays = 365;

    public static WeibullWearHealthModel Instance { get; } = new();

    public double HazardMultiplier(DegradationParameters parameters, HealthInputs inputs)
    {
        var exponent = parameters.WearHazardCoefficient * inputs.Wear;
        foreach (var covariate in parameters.Covariates ?? [])
        {
            var value = inputs.CovariateValues?.GetValueOrDefault(covariate.Metric, covariate.Reference) ?? covariate.Reference;
            exponent += covariate.Coefficient * (value - covariate.Reference);
        }

        return Math.Exp(exponent);
    }

    public double ConditionalSurvival(DegradationParameters parameters, HealthInputs inputs, double days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var now = CumulativeHazard(parameters, inputs.AgeDays, inputs.Usage);
        var later = CumulativeHazard(parameters, inputs.AgeDays + days, inputs.Usage + (inputs.UsagePerDay * days));
        return Math.Exp(-HazardMultiplier(parameters, inputs) * Math.Max(0, later - now));
    }

    public double FailureProbability(DegradationParameters parameters, HealthInputs inputs, double horizonDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(horizonDays);
        var now = CumulativeHazard(parameters, inputs.AgeDays, inputs.Usage);
        var later = CumulativeHazard(parameters, inputs.AgeDays + horizonDays, inputs.Usage + (inputs.UsagePerDay * horizonDays));

        // −expm1(−x) keeps precision for the tiny probabilities of young assets.
        return -double.ExpM1(-HazardMultiplier(parameters, inputs) * Math.Max(0, later - now));
    }

    public HealthAssessment Assess(DegradationParameters parameters, HealthInputs inputs, DateTimeOffset at)
    {
        var pof30 = FailureProbability(parameters, inputs, 30);
        var pof365 = FailureProbability(parameters, inputs, YearDays);
        var health = 100 * (1 - inputs.Wear) * (1 - pof365);
        return new HealthAssessment(
            HealthIndex: Math.Clamp(health, 0, 100),
            FailureProbability30Days: pof30,
            FailureProbability365Days: pof365,
            AgeDays: inputs.AgeDays,
            Usage: inputs.Usage,
            Wear: inputs.Wear,
            EvaluatedAt: at,
            HazardMultiplier: HazardMultiplier(parameters, inputs));
    }

    private static double CumulativeHazard(DegradationParameters parameters, double ageDays, double usage)
    {
        var hazard = Math.Pow(Math.Max(0, ageDays) / parameters.AgeScaleDays, parameters.WeibullShape);
        if (parameters.UsageScale is { } usageScale && usageScale > 0)
        {
            hazard += Math.Pow(Math.Max(0, usage) / usageScale, parameters.WeibullShape);
        }

        return hazard;
    }
}
