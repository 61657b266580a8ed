namespace Alms.Twins.Engine.Economics;

/// <summary>The economic life of an asset and the equivalent uniform annual cost of each retirement age.</summary>
/// <param name="OptimalYears">n*, the retirement age with the lowest EUAC (the earliest, on ties).</param>
/// <param name="MinimumCost">EUAC(n*).</param>
/// <param name="CostByYears">EUAC(n) for n = 1 … N (index 0 is n = 1).</param>
public sealed record EconomicLifeResult(int OptimalYears, double MinimumCost, IReadOnlyList<double> CostByYears);

/// <summary>
/// Economic life by minimum equivalent uniform annual cost, with end-of-year cash flows at interest rate i:
/// EUAC(n) = [P − S(n)(1+i)^−n + Σ_{t=1..n} OM(t)(1+i)^−t] · i(1+i)^n / ((1+i)^n − 1), i.e. the present worth of
/// owning for n years spread by the capital recovery factor (which is 1/n at i = 0).
/// </summary>
public static class EconomicLife
{
    /// <param name="purchasePrice">P, paid at time 0.</param>
    /// <param name="salvageValues">S(n) for retirement at the end of year n = 1 … N.</param>
    /// <param name="operatingCosts">OM(t), paid at the end of year t = 1 … N.</param>
    /// <param name="interestRate">i per year (MARR), ≥ 0.</param>
    public static EconomicLifeResult Evaluate(
        double purchasePrice,
        IReadOnlyList<double> salvageValues,
        IReadOnlyList<double> operatingCosts,
        double interestRate)
    {
        if (!double.IsFinite(purchasePrice) || purchasePrice < 0)
        {
            throw new ArgumentException($"must be finite and >= 0 (was {purchasePrice})", nameof(purchasePrice));
        }

        ArgumentNullException.ThrowIfNull(salvageValues);
        ArgumentNullException.ThrowIfNull(operatingCosts);
        if (operatingCosts.Count == 0)
        {
            throw new ArgumentException("at least one year of operating costs is required", nameof(operatingCosts));
        }

        if (salvageValues.Count != operatingCosts.Count)
        {
            throw new ArgumentException(
                $"has {salvageValues.Count} values, expected one per year of operating costs ({operatingCosts.Count})", nameof(salvageValues));
        }

        RequireFinite(salvageValues, nameof(salvageValues));
        RequireFinite(operatingCosts, nameof(operatingCosts));
        if (!double.IsFinite(interestRate) || interestRate < 0)
        {
            throw new ArgumentException($"must be finite and >= 0 (was {interestRate})", nameof(interestRate));
        }

        var costs = new double[operatingCosts.Count];
        var presentOperating = 0.0;
        for (var n = 1; n <= operatingCosts.Count; n++)
        {
            var discount = Math.Pow(1 + interestRate, -n);
            presentOperating += operatingCosts[n - 1] * discount;
            var presentWorth = purchasePrice - (salvageValues[n - 1] * discount) + presentOperating;
            costs[n - 1] = presentWorth * CapitalRecoveryFactor(interestRate, n);
        }

        var best = 0;
        for (var n = 1; n < costs.Length; n++)
        {
            if (costs[n] < costs[best])
            {
                best = n;
            }
        }

        return new EconomicLifeResult(best + 1, costs[best], costs);
    }

    /// <summary>(A/P, i, n) = i(1+i)^n / ((1+i)^n − 1); 1/n when i = 0.</summary>
    public static double CapitalRecoveryFactor(double interestRate, int years)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(years);
        if (!double.IsFinite(interestRate) || interestRate < 0)
        {
            throw new ArgumentException($"must be finite and >= 0 (was {interestRate})", nameof(interestRate));
        }

        if (interestRate == 0)
        {
            return 1.0 / years;
        }

        var growth = Math.Pow(1 + interestRate, years);
        return interestRate * growth / (growth - 1);
    }

    private static void RequireFinite(IReadOnlyList<double> values, string paramName)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException($"entry [{i}] = {values[i]} must be finite", paramName);
            }
        }
    }
}
