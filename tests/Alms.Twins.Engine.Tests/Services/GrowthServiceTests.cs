using System.Collections.Immutable;
using Alms.Twins.Engine.Repairable;
using Alms.Twins.Engine.Tests.ReferenceCases;
using Alms.Twins.Reliability;

namespace Alms.Twins.Engine.Tests.Services;

public sealed class GrowthServiceTests
{
    [Fact]
    public void OneSystemReproducesThePublishedCrowAmsaaFit()
    {
        var inputs = ReferenceCaseFile.Inputs("CA-01");
        ImmutableArray<double> times = [.. inputs.GetProperty("failure_times").EnumerateArray().Select(t => t.GetDouble())];

        var result = GrowthService.Analyse(new GrowthRequest(times)).Result!;

        ReferenceCaseFile.AssertScalar("CA-01", "beta", result.Beta);
        ReferenceCaseFile.AssertScalar("CA-01", "lambda", result.Lambda);
        ReferenceCaseFile.AssertScalar("CA-01", "beta_unbiased", result.BetaUnbiased!.Value);
        Assert.Equal(("failure", times.Length), (result.Termination, result.Failures));
        Assert.Equal(1 / result.IntensityAtEnd, result.InstantaneousMtbf, 9);
    }

    [Fact]
    public void SeveralSystemsAlsoGiveTheMeanCumulativeFunctionAndItsPowerLaw()
    {
        ImmutableArray<SystemRecurrences> systems =
        [
            new([5, 12, 20], 25),
            new([6, 13, 15, 22], 24),
            new([10], 30),
        ];

        var result = GrowthService.Analyse(new GrowthRequest(Systems: systems)).Result!;

        Assert.Equal(8, result.Failures);
        Assert.Equal(8, result.Mcf.Length);
        Assert.Equal(result.Mcf.Select(p => p.Mcf).Order(), result.Mcf.Select(p => p.Mcf));
        Assert.All(result.Mcf, p => Assert.True(p.Lower <= p.Mcf && p.Mcf <= p.Upper));
        Assert.Equal(["alpha", "beta"], result.McfPowerLaw.Select(p => p.Name));
    }

    [Fact]
    public void TimeTerminatedDataUseTheEndOfObservation()
    {
        var result = GrowthService.Analyse(new GrowthRequest([10, 30, 60, 100], EndTime: 120)).Result!;

        // Time-terminated MLE, closed form: β = n / Σ ln(T/tᵢ), λ = n / T^β.
        var beta = 4 / new[] { 10.0, 30, 60, 100 }.Sum(t => Math.Log(120 / t));
        Assert.Equal(beta, result.Beta, 9);
        Assert.Equal(4 / Math.Pow(120, beta), result.Lambda, 12);
        Assert.Equal("time", result.Termination);
    }

    public static TheoryData<string, GrowthRequest> BadRequests() => new()
    {
        { "failureTimes", new GrowthRequest() },
        { "failureTimes", new GrowthRequest([1, 2], Systems: [new([1], 2)]) },
        { "failureTimes", new GrowthRequest([30, 10, 60]) },
        { "systems[1]", new GrowthRequest(Systems: [new([1, 2], 5), new([3, 9], 4)]) },
        { "confidence", new GrowthRequest([1, 2, 3], Confidence: 0) },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public void ABadRequestIsRefusedNamingTheField(string field, GrowthRequest request)
    {
        var outcome = GrowthService.Analyse(request);

        Assert.Null(outcome.Result);
        Assert.Equal(field, outcome.Error!.Field);
    }
}
