using System.Globalization;
using System.Text.RegularExpressions;
using Alms.Twins.Engine.Degradation;
using Alms.Twins.Engine.Tests.ReferenceCases;

namespace Alms.Twins.Engine.Tests.Degradation;

public sealed partial class GammaProcessReferenceCaseTests : IReferenceCaseSet
{
    public static IReadOnlyList<string> CaseIds => ["GP-01"];

    public static TheoryData<string, string> Keys => ReferenceCaseFile.ExpectedKeys("GP-01");

    [Theory]
    [MemberData(nameof(Keys))]
    public void GammaProcessReproducesTheReferenceValue(string caseId, string key)
    {
        var inputs = ReferenceCaseFile.Inputs(caseId);
        var process = new GammaWearProcess(inputs.GetProperty("shape_rate_a_per_year").GetDouble(), inputs.GetProperty("scale_b_mm").GetDouble());
        var threshold = inputs.GetProperty("threshold_L_mm").GetDouble();
        var conditional = inputs.GetProperty("conditional_case");
        var currentWear = conditional.GetProperty("x0_mm").GetDouble();

        var life = process.TimeToThreshold(threshold);
        var remaining = process.TimeToThreshold(threshold, currentWear);

        var lifeCdf = LifeCdfPattern().Match(key);
        var remainingCdf = RemainingCdfPattern().Match(key);
        double actual = key switch
        {
            _ when lifeCdf.Success => life.Cdf(Number(lifeCdf)),
            _ when remainingCdf.Success => remaining.Cdf(Number(remainingCdf)),
            "E[T]" => life.Mean,
            "median T" => life.Median,
            "E[RUL|X(10)=8]" => remaining.Mean,
            _ => throw new InvalidOperationException($"{caseId}: no engine value for expected key '{key}'"),
        };

        ReferenceCaseFile.AssertScalar(caseId, key, actual);
    }

    private static double Number(Match match) => double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^F_T\(([0-9.]+)\)$")]
    private static partial Regex LifeCdfPattern();

    [GeneratedRegex(@"^P\(RUL<=([0-9.]+)\|")]
    private static partial Regex RemainingCdfPattern();
}
