using Alms.Twins.Engine.Repairable;

namespace Alms.Twins.Engine.Tests.Repairable;

public sealed class MeanCumulativeFunctionTests
{
    [Fact]
    public void RecurrencesAtAnEndAgeCountBeforeTheSystemsLeave()
    {
        var points = MeanCumulativeFunction.Estimate([new RecurrenceHistory([5], 10), new RecurrenceHistory([10], 10)]);

        Assert.Equal([0.5, 1.0], points.Select(p => p.Mcf));
    }

    [Fact]
    public void BoundsBracketTheEstimateAndWidenWithConfidence()
    {
        var systems = new[] { new RecurrenceHistory([3, 8, 9], 12), new RecurrenceHistory([4], 6), new RecurrenceHistory([2, 11], 15) };
        var narrow = MeanCumulativeFunction.Estimate(systems, 0.8);
        var wide = MeanCumulativeFunction.Estimate(systems, 0.975);

        for (var i = 0; i < narrow.Count; i++)
        {
            Assert.True(narrow[i].Lower <= narrow[i].Mcf && narrow[i].Mcf <= narrow[i].Upper);
            Assert.True(wide[i].Lower <= narrow[i].Lower && narrow[i].Upper <= wide[i].Upper);
        }
    }

    [Fact]
    public void PowerLawFitRecoversAnExactPowerLaw()
    {
        var truth = new PowerLawMcf(12, 1.7);
        var points = Enumerable.Range(1, 12).Select(i => new McfPoint(i * 2.5, truth.Evaluate(i * 2.5), 0, 0, 0)).ToArray();

        var fit = PowerLawMcfFit.Fit(points);

        Assert.Equal(12, fit.Alpha, 1e-6);
        Assert.Equal(1.7, fit.Beta, 1e-8);
    }
}
