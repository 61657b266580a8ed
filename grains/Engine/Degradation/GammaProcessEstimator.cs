using MathNet.Numerics;

namespace Alms.Twins.Engine.Degradation;

/// <summary>
/// Maximum-likelihood estimation of a stationary gamma process from inspections at unequal intervals on
/// one or more units. Each increment Δx over Δt is Gamma(a·Δt, b). For fixed a the scale is
/// b̂(a) = ΣΔx / (a·ΣΔt); the profile score in a, Σ Δt_i·(ln Δx_i − ψ(a·Δt_i) − ln b̂(a)), falls strictly
/// (ψ'(x) &gt; 1/x), so its single root is found by bracketing and Brent's method.
/// </summary>
public static class GammaProcessEstimator
{
    public static GammaWearProcess Fit(IReadOnlyList<IReadOnlyList<WearInspection>> units)
    {
        var increments = WearIncrements.From(units, nameof(units));
        for (var i = 0; i < increments.Count; i++)
        {
            if (!(increments[i].Dx > 0))
            {
                throw new ArgumentException(
                    $"increment [{i}] is {increments[i].Dx}: a gamma process needs strictly increasing wear between inspections", nameof(units));
            }
        }

        var totalTime = increments.Sum(d => d.Dt);
        var totalWear = increments.Sum(d => d.Dx);
        var weightedLogWear = increments.Sum(d => d.Dt * Math.Log(d.Dx));

        double Score(double a)
        {
            var scale = totalWear / (a * totalTime);
            return weightedLogWear - increments.Sum(d => d.Dt * SpecialFunctions.DiGamma(a * d.Dt)) - (totalTime * Math.Log(scale));
        }

        // Widen geometrically around a shape of one per mean interval until the score changes sign.
        var lower = 1 / (totalTime / increments.Count);
        var upper = lower;
        for (var i = 0; i < 200 && Score(lower) <= 0; i++)
        {
            lower /= 4;
        }

        for (var i = 0; i < 200 && Score(upper) > 0; i++)
        {
            upper *= 4;
        }

        if (Score(upper) > 0)
        {
            throw new ArgumentException(
                "the wear rates of the increments show no dispersion: the gamma shape is unbounded (the data look deterministic)", nameof(units));
        }

        var shapeRate = FindRoots.OfFunction(Score, lower, upper, 1e-12 * upper, 500);
        return new GammaWearProcess(shapeRate, totalWear / (shapeRate * totalTime));
    }
}
