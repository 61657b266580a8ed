using Alms.Twins.Engine.Repairable;
using Alms.Twins.Engine.Tests.ReferenceCases;

namespace Alms.Twins.Engine.Tests.Repairable;

public sealed class MeanCumulativeFunctionReferenceCaseTests : IReferenceCaseSet
{
    public static IReadOnlyList<string> CaseIds => ["MCF-01"];

    public static TheoryData<string, string> Keys => ReferenceCaseFile.ExpectedKeys("MCF-01");

    [Theory]
    [MemberData(nameof(Keys))]
    public void MeanCumulativeFunctionReproducesTheReferenceValue(string caseId, string key)
    {
        // The case's convention: the last value of each system is its end of observation.
        var systems = ReferenceCaseFile.Inputs(caseId).GetProperty("systems").EnumerateArray()
            .Select(s => s.EnumerateArray().Select(v => v.GetDouble()).ToArray())
            .Select(values => new RecurrenceHistory(values[..^1], values[^1]))
            .ToArray();

        // One-sided bounds at 95%, as the case's conventions state.
        var points = MeanCumulativeFunction.Estimate(systems, confidence: 0.95);
        var expected = ReferenceCaseFile.Expected(caseId, key);

        if (key.StartsWith("table", StringComparison.Ordinal))
        {
            var rows = expected.GetProperty("value").EnumerateArray().ToArray();
            Assert.Equal(rows.Length, points.Count);
            for (var i = 0; i < rows.Length; i++)
            {
                var row = rows[i].EnumerateArray().Select(v => v.GetDouble()).ToArray();
                double[] actual = [points[i].Time, points[i].Mcf, points[i].Variance, points[i].Lower, points[i].Upper];
                for (var column = 0; column < row.Length; column++)
                {
                    ReferenceCaseFile.AssertClose(row[column], actual[column], expected, $"{caseId} row {i} column {column}");
                }
            }
        }
        else if (key.StartsWith("parametric", StringComparison.Ordinal))
        {
            var fit = PowerLawMcfFit.Fit(points);
            var value = expected.GetProperty("value");
            ReferenceCaseFile.AssertClose(value.GetProperty("alpha").GetDouble(), fit.Alpha, expected, $"{caseId} alpha");
            ReferenceCaseFile.AssertClose(value.GetProperty("beta").GetDouble(), fit.Beta, expected, $"{caseId} beta");
        }
        else
        {
            Assert.Fail($"{caseId}: no engine value for expected key '{key}'");
        }
    }
}
