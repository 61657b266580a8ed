using MathNet.Numerics.RootFinding;

namespace Alms.Twins.Engine.Reliability.Fitting;

/// <summary>
/// Weibull maximum likelihood through the profile equation for β:
/// Σ xᵢ^β ln xᵢ / Σ xᵢ^β − 1/β − (1/r) Σ_failures ln xᵢ = 0, then η = (Σ xᵢ^β / r)^(1/β), where x runs over
/// failures and suspensions shifted by the location γ. The left side increases with β, so a bracketed root is
/// unique; times are divided by the largest so that x^β cannot overflow.
/// </summary>
internal static class WeibullProfileLikelihood
{
    private const double BetaCeiling = 1e4;

    /// <summary>(β, η) maximising the likelihood of the data shifted by <paramref name="location"/>.</summary>
    public static (double Beta, double Eta) Solve(LifeData data, double location)
    {
        var failures = data.Failures.Select(t => t - location).ToArray();
        var suspensions = data.Suspensions.Select(t => t - location).Where(x => x > 0).ToArray();
        var largest = Math.Max(failures.Max(), suspensions.Length > 0 ? suspensions.Max() : 0);

        var logFailures = failures.Select(x => Math.Log(x / largest)).ToArray();
        var logAll = logFailures.Concat(suspensions.Select(x => Math.Log(x / largest))).ToArray();
        var meanLogFailure = logFailures.Average();

        double Equation(double beta)
        {
            double weighted = 0, total = 0;
            foreach (var logX in logAll)
            {
                var power = Math.Exp(beta * logX);
                weighted += power * logX;
                total += power;
            }

            return weighted / total - 1 / beta - meanLogFailure;
        }

        double lower = 1, upper = 1;
        while (Equation(lower) > 0)
        {
            lower /= 2;
        }

        while (Equation(upper) < 0)
        {
            upper *= 2;
            if (upper > BetaCeiling)
            {
                throw new ArgumentException("data: the Weibull shape diverges (failure times too tightly clustered)", nameof(data));
            }
        }

        var beta = Brent.FindRoot(Equation, lower, upper, 1e-13 * upper, 200);
        var sumPower = logAll.Sum(logX => Math.Exp(beta * logX));
        var eta = largest * Math.Pow(sumPower / failures.Length, 1 / beta);
        return (beta, eta);
    }
}
