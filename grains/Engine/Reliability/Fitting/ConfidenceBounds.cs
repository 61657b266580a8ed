using Alms.Twins.Engine.Reliability.Distributions;
using MathNet.Numerics.Distributions;

namespace Alms.Twins.Engine.Reliability.Fitting;

/// <summary>
/// Fisher-matrix confidence bounds from a maximum-likelihood fit. Positive parameters are bounded on the log
/// scale (θ·exp(±z·√Var/θ)), others on the natural scale. Reliability is bounded by the delta method on a
/// scale where it is close to normal: u = β(ln(t − γ) − ln η) for Weibull (as Weibull++ does), z = (x − μ)/σ for
/// lognormal and normal, ln(λt) for exponential, and ln H(t) with a numerical gradient for gamma.
/// </summary>
public static class ConfidenceBounds
{
    public static IReadOnlyList<ParameterInterval> Parameters(LifeFit fit, double confidence = 0.9)
    {
        var covariance = RequireCovariance(fit);
        var z = TwoSidedZ(confidence);
        return
        [
            .. fit.Parameters.Select(p =>
            {
                var sd = Math.Sqrt(covariance.Variance(p.Name));
                if (fit.Family.IsPositiveParameter(p.Name))
                {
                    var factor = Math.Exp(z * sd / p.Value);
                    return new ParameterInterval(p.Name, p.Value, p.Value / factor, p.Value * factor, confidence);
                }

                return new ParameterInterval(p.Name, p.Value, p.Value - z * sd, p.Value + z * sd, confidence);
            }),
        ];
    }

    public static ReliabilityInterval Reliability(LifeFit fit, double time, double confidence = 0.9)
    {
        var covariance = RequireCovariance(fit);
        if (!double.IsFinite(time) || time <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, "time must be finite and > 0");
        }

        var z = TwoSidedZ(confidence);
        var values = fit.Parameters.Select(p => p.Value).ToArray();
        var estimate = fit.ToDistribution().Reliability(time);
        var (scale, gradient, toReliability) = LinearisedReliability(fit.Family, values, time);
        if (double.IsInfinity(scale))
        {
            // Before a Weibull location nothing can have failed: R = 1 exactly, with no uncertainty.
            return new ReliabilityInterval(time, estimate, estimate, estimate, confidence);
        }

        var variance = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            for (var j = 0; j < values.Length; j++)
            {
                variance += gradient[i] * gradient[j] * covariance[i, j];
            }
        }

        var halfWidth = z * Math.Sqrt(Math.Max(variance, 0));
        var (a, b) = (toReliability(scale - halfWidth), toReliability(scale + halfWidth));
        return new ReliabilityInterval(time, estimate, Math.Min(a, b), Math.Max(a, b), confidence);
    }

    /// <summary>The transformed reliability, its gradient in the parameters, and the map back to R.</summary>
    private static (double Value, double[] Gradient, Func<double, double> ToReliability) LinearisedReliability(
        LifeFamily family, double[] p, double t)
    {
        static double FromLogHazard(double u) => Math.Exp(-Math.Exp(u));
        static double FromStandardScore(double s) => Math.Exp(StandardNormalTail.LogUpper(s));

        switch (family)
        {
            case LifeFamily.Weibull2:
            case LifeFamily.Weibull3:
            {
                var (beta, eta) = (p[0], p[1]);
                var shifted = family == LifeFamily.Weibull3 ? t - p[2] : t;
                if (shifted <= 0)
                {
                    return (double.NegativeInfinity, [], FromLogHazard);
                }

                var u = beta * (Math.Log(shifted) - Math.Log(eta));
                double[] gradient = family == LifeFamily.Weibull3
                    ? [u / beta, -beta / eta, -beta / shifted]
                    : [u / beta, -beta / eta];
                return (u, gradient, FromLogHazard);
            }

            case LifeFamily.Exponential:
                return (Math.Log(p[0] * t), [1 / p[0]], FromLogHazard);

            case LifeFamily.Lognormal:
            case LifeFamily.Normal:
            {
                var x = family == LifeFamily.Lognormal ? Math.Log(t) : t;
                var score = (x - p[0]) / p[1];
                return (score, [-1 / p[1], -score / p[1]], FromStandardScore);
            }

            default:
            {
                double LogHazard(double[] q) => Math.Log(family.Create(q).CumulativeHazard(t));
                var gradient = new double[p.Length];
                for (var i = 0; i < p.Length; i++)
                {
                    var step = 1e-6 * Math.Abs(p[i]);
                    var (up, down) = ((double[])p.Clone(), (double[])p.Clone());
                    up[i] += step;
                    down[i] -= step;
                    gradient[i] = (LogHazard(up) - LogHazard(down)) / (2 * step);
                }

                return (LogHazard(p), gradient, FromLogHazard);
            }
        }
    }

    private static ParameterCovariance RequireCovariance(LifeFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return fit.Covariance
            ?? throw new ArgumentException(
                $"fit: a {fit.Method} fit of {fit.FamilyName} carries no Fisher covariance; bounds need a maximum-likelihood fit with an interior estimate",
                nameof(fit));
    }

    private static double TwoSidedZ(double confidence) =>
        double.IsFinite(confidence) && confidence > 0 && confidence < 1
            ? Normal.InvCDF(0, 1, 0.5 + confidence / 2)
            : throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "confidence must lie strictly between 0 and 1");
}
