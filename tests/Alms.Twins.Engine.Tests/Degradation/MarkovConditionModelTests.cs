using Alms.Twins.Engine.Degradation;
using CsCheck;

namespace Alms.Twins.Engine.Tests.Degradation;

public sealed class MarkovConditionModelTests
{
    [Fact]
    public void TotalsAreConservedForAnyStochasticMatrix()
    {
        var matrices = Gen.Int[1, 7].SelectMany(n => Gen.Double[0, 1].Array[n].Array[n]
            .Where(rows => rows.All(r => r.Sum() > 0))
            .Select(rows => rows.Select(r => (IReadOnlyList<double>)[.. r.Select(x => x / r.Sum())]).ToArray()));
        Gen.Select(matrices, Gen.Int[0, 60], Gen.Double[0, 5000].Array[7]).Sample((matrix, periods, counts) =>
        {
            var start = counts[..matrix.Length];
            var after = new MarkovConditionModel(matrix).DistributionAfter(start, periods);

            Assert.Equal(start.Sum(), after.Sum(), 1e-9 * Math.Max(1, start.Sum()));
            Assert.All(after, x => Assert.True(x >= 0));
        }, iter: 300);
    }

    [Fact]
    public void ExpectedTimeToANonAbsorbingStateIsGeometric()
    {
        // Two states, leaving state 0 with probability p per period: mean first passage 1/p.
        var model = new MarkovConditionModel([[0.75, 0.25], [0.4, 0.6]]);

        Assert.Equal([4.0, 0.0], model.ExpectedPeriodsToReach(1));
        Assert.Equal(1 / 0.4, model.ExpectedPeriodsToReach(0)[1], 1e-12);
    }

    [Fact]
    public void UnreachableTargetIsRejected()
    {
        var model = new MarkovConditionModel([[1, 0, 0], [0.5, 0.5, 0], [0, 0.5, 0.5]]);

        var error = Assert.Throws<ArgumentException>(() => model.ExpectedPeriodsToReach(2));
        Assert.Equal("targetState", error.ParamName);
        Assert.Contains("can never reach", error.Message, StringComparison.Ordinal);
    }
}
