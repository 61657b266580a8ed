using System.Globalization;
using System.Text.RegularExpressions;
using Alms.Twins.Engine.Degradation;
using Alms.Twins.Engine.Tests.ReferenceCases;

namespace Alms.Twins.Engine.Tests.Degradation;

public sealed partial class MarkovReferenceCaseTests : IReferenceCaseSet
{
    public static IReadOnlyList<string> CaseIds => ["MK-01"];

    public static TheoryData<string, string> Keys => ReferenceCaseFile.ExpectedKeys("MK-01");

    [Theory]
    [MemberData(nameof(Keys))]
    public void MarkovModelReproducesTheReferenceValue(string caseId, string key)
    {
        var inputs = ReferenceCaseFile.Inputs(caseId);
        var matrix = inputs.GetProperty("P_row_from_to").EnumerateArray()
            .Select(row => (IReadOnlyList<double>)[.. row.EnumerateArray().Select(v => v.GetDouble())])
            .ToArray();
        var counts = inputs.GetProperty("counts_2018").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        var states = inputs.GetProperty("states").EnumerateArray().Select(v => v.GetString()!).ToArray();
        var model = new MarkovConditionModel(matrix);

        var countsAfter = CountsAfterPattern().Match(key);
        var singleAfter = SingleAssetAfterPattern().Match(key);
        switch (key)
        {
            case var _ when countsAfter.Success:
                ReferenceCaseFile.AssertVector(caseId, key, model.DistributionAfter(counts, Years(countsAfter)));
                break;
            case var _ when singleAfter.Success:
                var start = states.Select(s => s == singleAfter.Groups[1].Value ? 1.0 : 0.0).ToArray();
                ReferenceCaseFile.AssertVector(caseId, key, model.DistributionAfter(start, Years(singleAfter)));
                break;
            case "expected years to Very poor from E,G,F,P":
                var target = Array.IndexOf(states, "Very poor");
                var periods = model.ExpectedPeriodsToReach(target);
                Assert.Equal(0, periods[target]);
                ReferenceCaseFile.AssertVector(caseId, key, [.. periods.Where((_, state) => state != target)]);
                break;
            case "total conserved":
                foreach (var years in new[] { 1, 4, 10, 50 })
                {
                    ReferenceCaseFile.AssertScalar(caseId, key, model.DistributionAfter(counts, years).Sum());
                }

                break;
            default:
                Assert.Fail($"{caseId}: no engine value for expected key '{key}'");
                break;
        }
    }

    private static int Years(Match match) => int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^counts_(\d+) \(n=(\d+)\)$")]
    private static partial Regex CountsAfterPattern();

    [GeneratedRegex(@"^single (\w+) bridge after (\d+) yrs$")]
    private static partial Regex SingleAssetAfterPattern();
}
