using System.Collections.Immutable;
using Alms.Twins.Engine.Reliability;
using Alms.Twins.Engine.Reliability.Fitting;
using Alms.Twins.Engine.Tests.ReferenceCases;
using Alms.Twins.Reliability;

namespace Alms.Twins.Engine.Tests.Services;

/// <summary>The API-facing fit: request parsing, mapping, and the same numbers as the engine and the references.</summary>
public sealed class LifeFitServiceTests
{
    private static ImmutableArray<double> Wb01Failures =>
        [.. ReferenceCaseFile.Inputs("WB-01").GetProperty("failures").EnumerateArray().Select(t => t.GetDouble())];

    [Fact]
    public void AWeibullRequestReproducesThePublishedFitWithBoundsAndReliability()
    {
        var outcome = LifeFitService.Fit(new LifeFitRequest(Wb01Failures, Family: "weibull2", ReliabilityAt: [15]));

        var best = outcome.Result!.Best;
        ReferenceCaseFile.AssertScalar("WB-01", "beta", best.Parameters.Single(p => p.Name == "beta").Value);
        ReferenceCaseFile.AssertScalar("WB-01", "eta", best.Parameters.Single(p => p.Name == "eta").Value);
        ReferenceCaseFile.AssertScalar("WB-01", "loglik", best.LogLikelihood);
        ReferenceCaseFile.AssertScalar("WB-01", "var_beta", best.Covariance!.Values[0]);
        ReferenceCaseFile.AssertScalar("WB-01", "R(15) at MLE", best.Reliability[0].Estimate);
        Assert.All(best.ParameterBounds, b => Assert.True(b.Lower < b.Estimate && b.Estimate < b.Upper));
        Assert.True(best.Reliability[0].Lower < best.Reliability[0].Estimate && best.Reliability[0].Estimate < best.Reliability[0].Upper);
    }

    [Fact]
    public void WithoutAFamilyEveryFamilyIsTriedAndRankedByAicc()
    {
        var outcome = LifeFitService.Fit(new LifeFitRequest(Wb01Failures, Suspensions: [130, 140]));

        var response = outcome.Result!;
        Assert.Equal(response.Candidates[0], response.Best);
        Assert.Equal(response.Candidates.Select(c => c.Aicc).Order(), response.Candidates.Select(c => c.Aicc));
        Assert.Equal(LifeFamilies.All.Count, response.Candidates.Length + response.Rejected.Length);
    }

    [Fact]
    public void RankRegressionIsReportedWithItsRanksAndWithoutFisherBounds()
    {
        var best = LifeFitService.Fit(new LifeFitRequest(Wb01Failures, Family: "weibull2", Method: "rry", Ranks: "benard")).Result!.Best;

        Assert.Equal(("rry", "benard"), (best.Method, best.Ranks));
        ReferenceCaseFile.AssertScalar("WB-02", "RRY_Benard_beta", best.Parameters[0].Value);
        Assert.Empty(best.ParameterBounds);
        Assert.Null(best.Covariance);
    }

    public static TheoryData<string, LifeFitRequest> BadRequests() => new()
    {
        { "failures", new LifeFitRequest([]) },
        { "failures", new LifeFitRequest([], Suspensions: [10, 20]) },
        { "failures[1]", new LifeFitRequest([10, double.NaN, 30]) },
        { "failures[0]", new LifeFitRequest([-4, 30]) },
        { "family", new LifeFitRequest([10, 20, 30], Family: "weibull9") },
        { "method", new LifeFitRequest([10, 20, 30], Method: "eyeball") },
        { "ranks", new LifeFitRequest([10, 20, 30], Ranks: "median") },
        { "confidence", new LifeFitRequest([10, 20, 30], Confidence: 1) },
        { "reliabilityAt", new LifeFitRequest([10, 20, 30], ReliabilityAt: [double.PositiveInfinity]) },
        { "family", new LifeFitRequest([10, 20], Family: "weibull3") },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public void ABadRequestIsRefusedNamingTheField(string field, LifeFitRequest request)
    {
        var outcome = LifeFitService.Fit(request);

        Assert.Null(outcome.Result);
        Assert.Equal(ErrorKind.Invalid, outcome.Error!.Kind);
        Assert.Equal(field, outcome.Error.Field);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Error.Reason));
    }
}
