namespace Alms.Twins.Engine.Degradation;

/// <summary>
/// Maximum-likelihood estimation of a Wiener wear process from inspections at unequal intervals. Each
/// increment Δx over Δt is Normal(μ·Δt, σ²·Δt), giving the closed forms μ̂ = ΣΔx/ΣΔt and
/// σ̂² = (1/n)·Σ (Δx − μ̂·Δt)²/Δt.
/// </summary>
public static class WienerProcessEstimator
{
    public static WienerWearProcess Fit(IReadOnlyList<IReadOnlyList<WearInspection>> units)
    {
        var increments = WearIncrements.From(units, nameof(units));
        var drift = increments.Sum(d => d.Dx) / increments.Sum(d => d.Dt);
        if (!(drift > 0))
        {
            throw new ArgumentException($"the estimated drift {drift} is not positive: wear does not progress towards a threshold", nameof(units));
        }

        var variance = increments.Average(d => Math.Pow(d.Dx - (drift * d.Dt), 2) / d.Dt);
        if (!(variance > 0))
        {
            throw new ArgumentException("the increments have no scatter around the drift: the volatility estimate is zero", nameof(units));
        }

        return new WienerWearProcess(drift, Math.Sqrt(variance));
    }
}
