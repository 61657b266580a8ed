using System.Globalization;
using System.Text.RegularExpressions;
using Alms.Twins.Engine.Economics;
using Alms.Twins.Engine.Reliability.Distributions;
using Alms.Twins.Engine.Tests.ReferenceCases;

namespace Alms.Twins.Engine.Tests.Economics;

public sealed partial class AgeReplacementReferenceCaseTests : IReferenceCaseSet
{
    public static IReadOnlyList<string> CaseIds => ["AR-01", "AR-03"];

    public static TheoryData<string, string> Keys
    {
        get
        {
            var data = ReferenceCaseFile.ExpectedKeys("AR-01");
            foreach (var row in ReferenceCaseFile.ExpectedKeys("AR-03"))
            {
                data.Add((string)row[0], (string)row[1]);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void AgeReplacementReproducesTheReferenceValue(string caseId, string key)
    {
        var inputs = ReferenceCaseFile.Inputs(caseId);
        var policy = new AgeReplacementPolicy(
            new WeibullLife(inputs.GetProperty("beta").GetDouble(), inputs.GetProperty("eta").GetDouble()),
            inputs.GetProperty("Cp").GetDouble(),
            inputs.GetProperty("Cf").GetDouble());

        var costAt = CostAtAgePattern().Match(key);
        if (key == "T_star" && ReferenceCaseFile.Expected(caseId, key).GetProperty("value").ValueKind == System.Text.Json.JsonValueKind.String)
        {
            // "infinity / no PM": the engine must say there is no finite optimum and recommend running to failure.
            var optimum = policy.Optimise();
            Assert.False(optimum.HasFiniteOptimum);
            Assert.True(double.IsPositiveInfinity(optimum.OptimalAge));
            Assert.Equal(policy.RunToFailureCostRate, optimum.CostRate);
            return;
        }

        double actual = key switch
        {
            "T_star" => policy.Optimise().OptimalAge,
            "C_star" => policy.Optimise().CostRate,
            "R(T*)" => policy.Optimise().ReliabilityAtOptimum,
            "run_to_failure_rate Cf/MTTF" or "limit C(inf)=Cf/MTTF" => policy.RunToFailureCostRate,
            _ when costAt.Success => policy.CostRate(double.Parse(costAt.Groups[1].Value, CultureInfo.InvariantCulture)),
            _ => throw new InvalidOperationException($"{caseId}: no engine value for expected key '{key}'"),
        };

        ReferenceCaseFile.AssertScalar(caseId, key, actual);
    }

    [GeneratedRegex(@"^C\(([0-9.]+)\)$")]
    private static partial Regex CostAtAgePattern();
}
