using Alms.Twins.Engine.Reliability;

namespace Alms.Twins.Engine.Degradation;

/// <summary>
/// Proportional hazards over any baseline life distribution: h(t | z) = h₀(t)·exp(b·z), so
/// H(t | z) = H₀(t)·exp(b·z) and R(t | z) = exp(−H(t | z)). Covariates (load, temperature, condition scores)
/// scale the baseline hazard without changing its shape.
/// </summary>
public sealed class ProportionalHazardsModel
{
    private readonly double[] _coefficients;

    public ProportionalHazardsModel(ILifeDistribution baseline, IReadOnlyList<double> coefficients)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(coefficients);
        if (coefficients.Count == 0)
        {
            throw new ArgumentException("at least one coefficient is required", nameof(coefficients));
        }

        if (coefficients.Any(b => !double.IsFinite(b)))
        {
            throw new ArgumentException("coefficients must be finite", nameof(coefficients));
        }

        Baseline = baseline;
        _coefficients = [.. coefficients];
    }

    public ILifeDistribution Baseline { get; }

    public IReadOnlyList<double> Coefficients => _coefficients;

    /// <summary>The hazard multiplier exp(b·z) for the given covariates.</summary>
    public double RiskScore(IReadOnlyList<double> covariates) => Math.Exp(LinearPredictor(_coefficients, covariates));

    public double Hazard(double t, IReadOnlyList<double> covariates) => Baseline.Hazard(RequireTime(t)) * RiskScore(covariates);

    public double CumulativeHazard(double t, IReadOnlyList<double> covariates) =>
        Baseline.CumulativeHazard(RequireTime(t)) * RiskScore(covariates);

    public double Reliability(double t, IReadOnlyList<double> covariates) => Math.Exp(-CumulativeHazard(t, covariates));

    /// <summary>f(t | z) = h(t | z)·R(t | z).</summary>
    public double Pdf(double t, IReadOnlyList<double> covariates) => Hazard(t, covariates) * Reliability(t, covariates);

    internal static double LinearPredictor(IReadOnlyList<double> coefficients, IReadOnlyList<double> covariates)
    {
        ArgumentNullException.ThrowIfNull(covariates);
        if (covariates.Count != coefficients.Count)
        {
            throw new ArgumentException($"has {covariates.Count} values, expected one per coefficient ({coefficients.Count})", nameof(covariates));
        }

        var sum = 0.0;
        for (var i = 0; i < covariates.Count; i++)
        {
            if (!double.IsFinite(covariates[i]))
            {
                throw new ArgumentException($"covariate [{i}] = {covariates[i]} must be finite", nameof(covariates));
            }

            sum += coefficients[i] * covariates[i];
        }

        return sum;
    }

    private static double RequireTime(double t)
    {
        DegradationGuard.RequireNonNegative(t, nameof(t));
        return t;
    }
}
