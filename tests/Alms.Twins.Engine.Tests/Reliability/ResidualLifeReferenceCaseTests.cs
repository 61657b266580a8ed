using System.Text.RegularExpressions;
using Alms.Twins.Engine.Reliability;
using Alms.Twins.Engine.Reliability.Distributions;
using Alms.Twins.Engine.Tests.ReferenceCases;

namespace Alms.Twins.Engine.Tests.Reliability;

/// <summary>Conditional reliability, mean and median residual life and residual B-life (RUL-01).</summary>
public sealed partial class ResidualLifeReferenceCaseTests : IReferenceCaseSet
{
    public static IReadOnlyList<string> CaseIds => ["RUL-01"];

    [Theory]
    [MemberData(nameof(ReferenceCaseFile.ExpectedKeys), "RUL-01", MemberType = typeof(ReferenceCaseFile))]
    public void ResidualLifeMeasuresMatchClosedForms(string caseId, string key)
    {
        var weibull = new WeibullLife(ReferenceInputs.Number(caseId, "beta"), ReferenceInputs.Number(caseId, "eta"));

        ReferenceCaseFile.AssertScalar(caseId, key, Compute(weibull, caseId, key));
    }

    private static double Compute(WeibullLife weibull, string caseId, string key)
    {
        if (Conditional().Match(key) is { Success: true } conditional)
        {
            return weibull.ConditionalReliability(Number(conditional, "t"), Number(conditional, "x"));
        }

        if (Unconditional().Match(key) is { Success: true } unconditional)
        {
            return weibull.Reliability(Number(unconditional, "t"));
        }

        if (MeanResidual().Match(key) is { Success: true } mean)
        {
            return weibull.MeanResidualLife(Number(mean, "t"));
        }

        if (MedianResidual().Match(key) is { Success: true } median)
        {
            return weibull.MedianResidualLife(Number(median, "t"));
        }

        if (ResidualBLife().Match(key) is { Success: true } bLife)
        {
            return weibull.ResidualBLife(Number(bLife, "t"), Number(bLife, "p"));
        }

        throw new InvalidOperationException($"{caseId}: no computation for expected key '{key}'");
    }

    private static double Number(Match match, string group) => ReferenceInputs.Parse(match.Groups[group].Value);

    [GeneratedRegex(@"^R\((?<x>[0-9.]+)\|(?<t>[0-9.]+)\)$")]
    private static partial Regex Conditional();

    [GeneratedRegex(@"^R\((?<t>[0-9.]+)\)$")]
    private static partial Regex Unconditional();

    [GeneratedRegex(@"MRL\((?<t>[0-9.]+)\)$")]
    private static partial Regex MeanResidual();

    [GeneratedRegex(@"^medianRL\((?<t>[0-9.]+)\)$")]
    private static partial Regex MedianResidual();

    [GeneratedRegex(@"^B(?<p>[0-9.]+) residual life at t=(?<t>[0-9.]+)")]
    private static partial Regex ResidualBLife();
}
