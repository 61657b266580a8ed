using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace Alms.Twins.Engine.Reliability.Fitting;

/// <summary>
/// Median-rank regression on the family's linearising plot: Weibull x = ln(t − γ), y = ln(−ln(1 − F)), with γ = 0
/// for two parameters and the γ of best correlation for three;
/// lognormal x = ln t and normal x = t, with y = Φ⁻¹(F); exponential y = −ln(1 − F) = λt through the origin.
/// RRY minimises vertical (probability-axis) residuals, RRX horizontal (time-axis) ones.
/// </summary>
internal static class RankRegression
{
    public static double[] Estimate(LifeFamily family, LifeData data, FitMethod method, RankMethod ranks)
    {
        var points = MedianRanks.Estimate(data, ranks);
        var distinctNeeded = family switch
        {
            LifeFamily.Exponential => 1,
            LifeFamily.Weibull3 => 3,
            _ => 2,
        };
        if (data.DistinctFailureCount < distinctNeeded)
        {
            throw new ArgumentException(
                $"failures: rank regression for {family.Name()} needs at least {distinctNeeded} distinct failure times, got {data.DistinctFailureCount}",
                nameof(data));
        }

        var onY = method == FitMethod.RankRegressionOnY;
        switch (family)
        {
            case LifeFamily.Weibull2:
            {
                var (beta, eta, _) = WeibullLine(points, 0, onY);
                return [beta, eta];
            }

            case LifeFamily.Weibull3:
                return WeibullLocationSearch.RankRegression(data, location => WeibullLine(points, location, onY));

            case LifeFamily.Lognormal:
            case LifeFamily.Normal:
            {
                var x = points.Select(p => family == LifeFamily.Lognormal ? Math.Log(p.Time) : p.Time).ToArray();
                var y = points.Select(p => Normal.InvCDF(0, 1, p.Unreliability)).ToArray();
                var (mu, inverseSigma) = FitLine(x, y, onY);
                return [mu, 1 / inverseSigma];
            }

            case LifeFamily.Exponential:
            {
                var t = points.Select(p => p.Time).ToArray();
                var y = points.Select(p => -Math.Log(1 - p.Unreliability)).ToArray();
                var lambda = onY ? Fit.LineThroughOrigin(t, y) : 1 / Fit.LineThroughOrigin(y, t);
                return [lambda];
            }

            default:
                throw new ArgumentException(
                    $"family: rank regression is available for weibull2, weibull3, exponential, lognormal and normal, not {family.Name()}",
                    nameof(family));
        }
    }

    /// <summary>The Weibull plot of t − location: (β, η) and the correlation of the points.</summary>
    private static (double Beta, double Eta, double Correlation) WeibullLine(
        IReadOnlyList<(double Time, double Unreliability)> points, double location, bool onY)
    {
        var x = points.Select(p => Math.Log(p.Time - location)).ToArray();
        var y = points.Select(p => Math.Log(-Math.Log(1 - p.Unreliability))).ToArray();
        var (logEta, beta) = FitLine(x, y, onY);
        return (beta, Math.Exp(logEta), Correlation.Pearson(x, y));
    }

    /// <summary>
    /// Fits y = slope · (x − root) and returns the x-intercept and the slope, regressing y on x (RRY) or x on y (RRX).
    /// </summary>
    private static (double Root, double Slope) FitLine(double[] x, double[] y, bool onY)
    {
        if (onY)
        {
            var (intercept, slope) = Fit.Line(x, y);
            return (-intercept / slope, slope);
        }

        var (xIntercept, inverseSlope) = Fit.Line(y, x);
        return (xIntercept, 1 / inverseSlope);
    }
}
