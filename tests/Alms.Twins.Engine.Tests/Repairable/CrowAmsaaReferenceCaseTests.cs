using System.Text.RegularExpressions;
using Alms.Twins.Engine.Repairable;
using Alms.Twins.Engine.Tests.ReferenceCases;

namespace Alms.Twins.Engine.Tests.Repairable;

public sealed partial class CrowAmsaaReferenceCaseTests : IReferenceCaseSet
{
    public static IReadOnlyList<string> CaseIds => ["CA-01"];

    public static TheoryData<string, string> Keys => ReferenceCaseFile.ExpectedKeys("CA-01");

    [Theory]
    [MemberData(nameof(Keys))]
    public void CrowAmsaaFitReproducesTheReferenceValue(string caseId, string key)
    {
        var fit = FitFromInputs(caseId);
        double actual = key switch
        {
            "sum_ln_t" => fit.SumLogFailureTimes,
            "beta" => fit.Beta,
            "lambda" => fit.Lambda,
            "instantaneous intensity at T" => fit.IntensityAtEnd,
            "instantaneous MTBF at T" => fit.InstantaneousMtbfAtEnd,
            "beta_unbiased" => fit.UnbiasedBeta,
            _ => throw new InvalidOperationException($"{caseId}: no engine value for expected key '{key}'"),
        };

        ReferenceCaseFile.AssertScalar(caseId, key, actual);
    }

    private static CrowAmsaaFit FitFromInputs(string caseId)
    {
        var inputs = ReferenceCaseFile.Inputs(caseId);
        var times = inputs.GetProperty("failure_times").EnumerateArray().Select(t => t.GetDouble()).ToArray();
        var termination = inputs.GetProperty("termination").GetString()!;
        if (termination.StartsWith("failure-terminated", StringComparison.Ordinal))
        {
            return CrowAmsaa.FitFailureTerminated(times);
        }

        var end = EndTimePattern().Match(termination);
        Assert.True(end.Success, $"{caseId}: cannot read the end time from '{termination}'");
        return CrowAmsaa.FitTimeTerminated(times, double.Parse(end.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"T\*?\s*=\s*([0-9.]+)")]
    private static partial Regex EndTimePattern();
}
