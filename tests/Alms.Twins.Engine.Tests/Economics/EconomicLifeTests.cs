using Alms.Twins.Engine.Economics;

namespace Alms.Twins.Engine.Tests.Economics;

public sealed class EconomicLifeTests
{
    [Fact]
    public void WithoutInterestTheCostIsTheAverageYearlyOutlay()
    {
        // i = 0: EUAC(n) = (P − S(n) + Σ OM)/n.
        var result = EconomicLife.Evaluate(1200, [600, 400, 300], [100, 200, 300], 0);

        Assert.Equal([(1200 - 600 + 100) / 1.0, (1200 - 400 + 300) / 2.0, (1200 - 300 + 600) / 3.0], result.CostByYears);
        Assert.Equal(3, result.OptimalYears);
    }

    [Fact]
    public void CapitalAloneIsRecoveredByTheCapitalRecoveryFactor()
    {
        var result = EconomicLife.Evaluate(10000, [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], 0.1);

        // (A/P, 10%, 5) = 0.1·1.1⁵/(1.1⁵ − 1) = 0.263797…; a falling EUAC means the longest life is best.
        Assert.Equal(10000 * 0.1 * Math.Pow(1.1, 5) / (Math.Pow(1.1, 5) - 1), result.CostByYears[4], 1e-9);
        Assert.Equal(5, result.OptimalYears);
    }

    [Fact]
    public void BadInputsNameTheField()
    {
        Assert.Equal("operatingCosts", Assert.Throws<ArgumentException>(() => EconomicLife.Evaluate(100, [], [], 0.1)).ParamName);
        Assert.Equal("salvageValues", Assert.Throws<ArgumentException>(() => EconomicLife.Evaluate(100, [0], [1, 2], 0.1)).ParamName);
        Assert.Equal("interestRate", Assert.Throws<ArgumentException>(() => EconomicLife.Evaluate(100, [0], [1], -0.05)).ParamName);
        Assert.Equal("operatingCosts", Assert.Throws<ArgumentException>(() => EconomicLife.Evaluate(100, [0, 0], [1, double.NaN], 0.1)).ParamName);
        Assert.Equal("purchasePrice", Assert.Throws<ArgumentException>(() => EconomicLife.Evaluate(double.NaN, [0], [1], 0.1)).ParamName);
    }
}
