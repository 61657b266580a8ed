using Alms.Twins.Engine.Economics;
using Alms.Twins.Engine.Reliability.Distributions;
using CsCheck;

namespace Alms.Twins.Engine.Tests.Economics;

public sealed class AgeReplacementTests
{
    [Fact]
    public void OptimalAgeCostsNoMoreThanAnyAgeOnAGrid()
    {
        Gen.Select(Gen.Double[1.3, 5], Gen.Double[10, 5000], Gen.Double[0.5, 10], Gen.Double[1.5, 20]).Sample((beta, eta, preventive, ratio) =>
        {
            var policy = new AgeReplacementPolicy(new WeibullLife(beta, eta), preventive, preventive * ratio);
            var optimum = policy.Optimise();

            Assert.True(optimum.HasFiniteOptimum, "a wear-out Weibull with Cf > Cp has a finite optimum");
            for (var age = eta / 50; age <= 4 * eta; age += eta / 50)
            {
                var cost = policy.CostRate(age);
                Assert.True(optimum.CostRate <= cost * (1 + 1e-12), $"C(T*) = {optimum.CostRate} > C({age}) = {cost}");
            }

            Assert.True(optimum.CostRate < policy.RunToFailureCostRate);
        }, iter: 40, threads: 1);
    }

    [Fact]
    public void OptimumSatisfiesTheFirstOrderCondition()
    {
        // At T*: h(T)·∫₀^T R − F(T) = Cp/(Cf − Cp), and then C(T*) = (Cf − Cp)·h(T*).
        var life = new WeibullLife(3, 200);
        var policy = new AgeReplacementPolicy(life, 2, 9);
        var optimum = policy.Optimise();

        var t = optimum.OptimalAge;
        Assert.Equal(2.0 / 7, (life.Hazard(t) * policy.ExpectedCycleLength(t)) - life.Cdf(t), 1e-7);
        Assert.Equal(7 * life.Hazard(t), optimum.CostRate, 1e-6 * optimum.CostRate);
    }

    [Fact]
    public void DecreasingHazardOrCheaperFailuresMeanRunToFailure()
    {
        var infantMortality = new AgeReplacementPolicy(new WeibullLife(0.7, 100), 1, 10).Optimise();
        Assert.False(infantMortality.HasFiniteOptimum);

        var cheapFailures = new AgeReplacementPolicy(new WeibullLife(3, 100), 5, 4).Optimise();
        Assert.False(cheapFailures.HasFiniteOptimum);
        Assert.True(double.IsPositiveInfinity(cheapFailures.OptimalAge));
        Assert.Equal(4 / new WeibullLife(3, 100).Mean, cheapFailures.CostRate, 1e-15);
    }

    [Theory]
    [InlineData(0.0, 5.0, "preventiveCost")]
    [InlineData(1.0, double.NaN, "failureCost")]
    [InlineData(-1.0, 5.0, "preventiveCost")]
    public void NonPositiveOrNaNCostsAreRejected(double preventive, double failure, string field)
    {
        var error = Assert.Throws<ArgumentException>(() => new AgeReplacementPolicy(new WeibullLife(2, 100), preventive, failure));
        Assert.Equal(field, error.ParamName);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-5.0)]
    [InlineData(double.NaN)]
    public void NonPositiveOrNaNReplacementAgesAreRejected(double age)
    {
        var policy = new AgeReplacementPolicy(new WeibullLife(2, 100), 1, 5);
        Assert.Equal("age", Assert.Throws<ArgumentException>(() => policy.CostRate(age)).ParamName);
    }
}
