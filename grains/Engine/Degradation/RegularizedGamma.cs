using MathNet.Numerics;

namespace Alms.Twins.Engine.Degradation;

/// <summary>
/// The regularised incomplete gamma functions, guarded at tiny arguments where MathNet rounds P(a, x) to 0
/// although P(a, x) ≈ x^a / Γ(a + 1) is far from negligible for a small shape a (a unit just below its
/// threshold early in life).
/// </summary>
internal static class RegularizedGamma
{
    private const double SeriesLimit = 1e-10;

    /// <summary>P(a, x), the lower regularised incomplete gamma function.</summary>
    public static double Lower(double a, double x) =>
        x < SeriesLimit ? LeadingSeries(a, x) : SpecialFunctions.GammaLowerRegularized(a, x);

    /// <summary>Q(a, x) = 1 − P(a, x).</summary>
    public static double Upper(double a, double x) =>
        x < SeriesLimit ? 1 - LeadingSeries(a, x) : SpecialFunctions.GammaUpperRegularized(a, x);

    // P(a, x) = x^a e^{−x} / Γ(a + 1) · (1 + x/(a + 1) + …); the omitted terms are O(x²) relative.
    private static double LeadingSeries(double a, double x) =>
        x <= 0 ? 0 : Math.Exp((a * Math.Log(x)) - SpecialFunctions.GammaLn(a + 1) - x) * (1 + (x / (a + 1)));
}
