using Alms.Twins.Engine.Reliability.Distributions;

namespace Alms.Twins.Engine.Reliability.Fitting;

/// <summary>
/// Full log-likelihood of right-censored data: Σ ln f(failure) + Σ ln R(suspension), no constants dropped.
/// </summary>
internal static class LogLikelihood
{
    /// <summary>The log-likelihood, or −∞ where the parameters are outside the family's domain.</summary>
    public static double Evaluate(LifeFamily family, IReadOnlyList<double> values, LifeData data)
    {
        if (!IsInDomain(family, values, data))
        {
            return double.NegativeInfinity;
        }

        return Evaluate(family.Create(values), data);
    }

    public static double Evaluate(LifeDistribution distribution, LifeData data)
    {
        var sum = 0.0;
        foreach (var t in data.Failures)
        {
            sum += distribution.LogPdf(t);
        }

        foreach (var t in data.Suspensions)
        {
            sum += distribution.LogReliability(t);
        }

        return double.IsNaN(sum) ? double.NegativeInfinity : sum;
    }

    private static bool IsInDomain(LifeFamily family, IReadOnlyList<double> values, LifeData data)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                return false;
            }
        }

        return family switch
        {
            LifeFamily.Weibull2 or LifeFamily.Gamma => values[0] > 0 && values[1] > 0,
            LifeFamily.Weibull3 => values[0] > 0 && values[1] > 0 && values[2] < data.SmallestFailure,
            LifeFamily.Exponential => values[0] > 0,
            LifeFamily.Lognormal or LifeFamily.Normal => values[1] > 0,
            _ => false,
        };
    }
}
