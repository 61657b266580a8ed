using System.Globalization;
using System.Text.RegularExpressions;
using Alms.Twins.Engine.Economics;
using Alms.Twins.Engine.Tests.ReferenceCases;

namespace Alms.Twins.Engine.Tests.Economics;

public sealed partial class EconomicLifeReferenceCaseTests : IReferenceCaseSet
{
    public static IReadOnlyList<string> CaseIds => ["EAC-01", "EAC-04"];

    public static TheoryData<string, string> Keys
    {
        get
        {
            var data = ReferenceCaseFile.ExpectedKeys("EAC-01");
            foreach (var row in ReferenceCaseFile.ExpectedKeys("EAC-04"))
            {
                data.Add((string)row[0], (string)row[1]);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void EconomicLifeReproducesTheReferenceValue(string caseId, string key)
    {
        var inputs = ReferenceCaseFile.Inputs(caseId);
        var years = HorizonYears(caseId);
        var result = EconomicLife.Evaluate(
            inputs.GetProperty("P").GetDouble(),
            Enumerable.Repeat(ParseConstant(inputs.GetProperty("salvage(n)").GetString()!), years).ToArray(),
            ArithmeticGradient(inputs.GetProperty("O&M(t), t=1..n, end-of-year").GetString()!, years),
            inputs.GetProperty("MARR").GetDouble());

        switch (key)
        {
            case "n_star":
                ReferenceCaseFile.AssertScalar(caseId, key, result.OptimalYears);
                break;
            case var table when table.StartsWith("EUAC(n) for n=1..", StringComparison.Ordinal):
                ReferenceCaseFile.AssertVector(caseId, key, result.CostByYears);
                break;
            default:
                Assert.Fail($"{caseId}: no engine value for expected key '{key}'");
                break;
        }
    }

    /// <summary>The horizon is the length of the expected EUAC table ("n=1..12").</summary>
    private static int HorizonYears(string caseId)
    {
        var tableKey = ReferenceCaseFile.ExpectedKeys(caseId).Select(row => (string)row[1]).Single(k => k.StartsWith("EUAC(n)", StringComparison.Ordinal));
        return int.Parse(HorizonPattern().Match(tableKey).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static double ParseConstant(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>Reads the cases' "A+G*(t-1)" operating-cost formula into OM(1) … OM(years).</summary>
    private static double[] ArithmeticGradient(string formula, int years)
    {
        var match = GradientPattern().Match(formula.Replace(" ", "", StringComparison.Ordinal));
        Assert.True(match.Success, $"unrecognised operating-cost formula '{formula}'");
        var first = ParseConstant(match.Groups[1].Value);
        var gradient = ParseConstant(match.Groups[2].Value);
        return [.. Enumerable.Range(1, years).Select(t => first + (gradient * (t - 1)))];
    }

    [GeneratedRegex(@"^([0-9.]+)\+([0-9.]+)\*\(t-1\)$")]
    private static partial Regex GradientPattern();

    [GeneratedRegex(@"n=1\.\.(\d+)")]
    private static partial Regex HorizonPattern();
}
