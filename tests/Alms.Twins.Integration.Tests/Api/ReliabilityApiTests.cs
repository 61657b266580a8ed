using System.Net;
using System.Text;
using Alms.Twins.Api;
using Alms.Twins.Assets;
using Alms.Twins.Reliability;

namespace Alms.Twins.Integration.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class ReliabilityApiTests(ApiHostFixture host)
{
    [Fact]
    public async Task AnExponentialFitMatchesTheClosedFormEstimate()
    {
        // With r failures and total time on test T (failures plus suspensions), the MLE is λ = r / T.
        var request = new LifeFitRequest(Failures: [10, 20, 30, 40], Suspensions: [50, 50], Family: "exponential");

        var fit = await host.Client.FitLifeDataAsync(request);

        Assert.Equal("exponential", fit.Best.Family);
        var lambda = Assert.Single(fit.Best.Parameters, parameter => parameter.Name == "lambda").Value;
        Assert.Equal(4.0 / 200.0, lambda, 1e-6);
        Assert.Equal((4, 2), (fit.Best.Failures, fit.Best.Suspensions));
    }

    [Fact]
    public async Task ABestFitRanksTheCandidatesAndBracketsReliabilityWithItsBounds()
    {
        var request = new LifeFitRequest(
            Failures: [105, 142, 188, 214, 251, 287, 319, 344, 390, 431],
            Suspensions: [450, 450],
            ReliabilityAt: [100, 300]);

        var fit = await host.Client.FitLifeDataAsync(request);

        Assert.Equal("aicc", fit.Criterion);
        Assert.Equal((fit.Best.Family, fit.Best.Aicc), (fit.Candidates[0].Family, fit.Candidates[0].Aicc));
        Assert.Equal(fit.Candidates.Select(candidate => candidate.Aicc).Order(), fit.Candidates.Select(candidate => candidate.Aicc));
        Assert.Equal([100.0, 300.0], fit.Best.Reliability.Select(point => point.Time));
        Assert.All(fit.Best.Reliability, point => Assert.True(point.Lower <= point.Estimate && point.Estimate <= point.Upper));
    }

    [Fact]
    public async Task AFitBodyWithoutFailuresIsRejectedNamingThem()
    {
        using var response = await host.Http.PostAsync(
            "api/reliability/fit", new StringContent("""{"family":"weibull2"}""", Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "failures");
    }

    [Fact]
    public async Task ATimeTerminatedCrowAmsaaFitMatchesTheClosedFormEstimates()
    {
        // Time-terminated at T with n failures: β = n / Σ ln(T / tᵢ) and λ = n / T^β.
        double[] times = [10, 40, 90, 160];
        const double End = 200;
        var beta = times.Length / times.Sum(t => Math.Log(End / t));
        var lambda = times.Length / Math.Pow(End, beta);

        var growth = await host.Client.AnalyseGrowthAsync(new GrowthRequest(FailureTimes: [.. times], EndTime: End));

        Assert.Equal(beta, growth.Beta, 1e-9);
        Assert.Equal(lambda, growth.Lambda, 1e-9);
        Assert.Equal("time", growth.Termination);
        Assert.Equal(times.Length, growth.Failures);
    }

    [Fact]
    public async Task FittingAnUnknownClassIsNotFound()
    {
        await ProblemAssert.FailsAsync(
            () => host.Client.FitAssetClassAsync(ApiTestData.UniqueId("missing")), HttpStatusCode.NotFound, "id");
    }

    [Fact]
    public async Task FittingAClassWhoseTwinsRecordedNoFailuresIsAConflictNamingFailures()
    {
        var pumpClass = (await host.Client.DefineAssetClassAsync(ApiTestData.PumpClass())).Value;
        await host.Client.RegisterAssetAsync(ApiTestData.Pump(pumpClass.Id));

        await ProblemAssert.FailsAsync(() => host.Client.FitAssetClassAsync(pumpClass.Id), HttpStatusCode.Conflict, "failures");
    }

    [Fact]
    public async Task FittingAClassFromItsTwinsInstallsTheFittedWeibullModel()
    {
        var pumpClass = (await host.Client.DefineAssetClassAsync(ApiTestData.PumpClass())).Value;
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < 10; i++)
        {
            var registration = ApiTestData.Pump(pumpClass.Id) with { InstallDate = now.AddDays(-200 - (97 * i)) };
            await host.Client.RegisterAssetAsync(registration);
            if (i % 3 != 0)
            {
                await host.Client.TransitionAsync(registration.Id, new TransitionBody(LifecycleStage.Failed, "seal leak"));
            }
        }

        var outcome = await host.Client.FitAssetClassAsync(pumpClass.Id, new ClassFitBody(0.95, "reliability team"));
        var stored = await host.Client.GetAssetClassAsync(pumpClass.Id);

        Assert.Equal(10, outcome.Assets);
        Assert.Equal("weibull2", outcome.Fit.Best.Family);
        Assert.Equal((6, 4), (outcome.Fit.Best.Failures, outcome.Fit.Best.Suspensions));
        var beta = Assert.Single(outcome.Fit.Best.Parameters, parameter => parameter.Name == "beta").Value;
        Assert.Equal(beta, stored.Degradation.WeibullShape, 1e-12);
        Assert.Equal(pumpClass.Version + 1, stored.Version);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1.5)]
    public async Task AClassFitConfidenceOutsideTheOpenUnitIntervalIsRejected(double confidence)
    {
        var pumpClass = (await host.Client.DefineAssetClassAsync(ApiTestData.PumpClass())).Value;

        await ProblemAssert.FailsAsync(
            () => host.Client.FitAssetClassAsync(pumpClass.Id, new ClassFitBody(confidence)), HttpStatusCode.BadRequest, "confidence");
    }
}
