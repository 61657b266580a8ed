using Alms.Twins.Assets;
using Alms.Twins.Engine.Reliability.Fitting;

namespace Alms.Twins.Integration.Tests.Grains;

[Collection(TwinClusterCollection.Name)]
public sealed class ClassFitTests(TwinClusterFixture cluster)
{
    [Fact]
    public async Task FittingAClassFromItsTwinsInstallsTheWeibullOfTheirFirstFailuresAndAges()
    {
        var definition = TestData.PumpClass with { Id = $"pump.fit-{Guid.NewGuid():N}" };
        var classGrain = cluster.Grains.GetGrain<IAssetClassGrain>(definition.Id);
        await classGrain.DefineAsync(definition);
        double[] failedAt = [400, 650, 800, 950, 1100, 1300, 1500, 1800];
        double[] runningAt = [300, 700, 1200, 1600, 2000, 2100];
        foreach (var age in failedAt.Concat(runningAt))
        {
            var id = TestData.NewId("fit");
            var twin = cluster.Grains.GetGrain<IAssetTwinGrain>(id);
            await twin.RegisterAsync(TestData.Pump(id, installed: cluster.Clock.GetUtcNow().AddDays(-age)) with { ClassId = definition.Id });
            if (failedAt.Contains(age))
            {
                await twin.TransitionAsync(new TransitionRequest(LifecycleStage.Failed, "tripped", "operator"));
            }
        }

        var outcome = await classGrain.FitFromFleetAsync(0.9, "planner");

        // The same data through the engine directly: the grain adds only collection and installation.
        var expected = LifeDataFitter.Fit(new LifeData(failedAt, runningAt), LifeFamily.Weibull2);
        var installed = outcome.Result!.Class;
        Assert.Equal(failedAt.Length + runningAt.Length, outcome.Result.Assets);
        Assert.Equal(expected.Parameter("beta"), installed.Degradation.WeibullShape, 6);
        Assert.Equal(expected.Parameter("eta"), installed.Degradation.AgeScaleDays, 4);
        Assert.Equal(expected.Covariance!.Variance("beta"), installed.Degradation.ShapeScaleCovariance!.VarShape, 6);
        Assert.Equal(definition.Version + 2, installed.Version);
        Assert.Equal(installed, await classGrain.GetAsync());
    }

    [Fact]
    public async Task ARunningTwinOfAFittedClassShowsRemainingLifeWithBounds()
    {
        var definition = TestData.PumpClass with
        {
            Id = $"pump.cov-{Guid.NewGuid():N}",
            Degradation = TestData.PumpClass.Degradation with { ShapeScaleCovariance = new ShapeScaleCovariance(0.04, 90_000, 12) },
        };
        await cluster.Grains.GetGrain<IAssetClassGrain>(definition.Id).DefineAsync(definition);
        var id = TestData.NewId("cov");
        var twin = cluster.Grains.GetGrain<IAssetTwinGrain>(id);
        await twin.RegisterAsync(TestData.Pump(id, installed: cluster.Clock.GetUtcNow().AddDays(-900)) with { ClassId = definition.Id });

        var life = (await twin.GetSnapshotAsync())!.Health.RemainingLife!;

        Assert.Equal(0.9, life.ConfidenceLevel);
        Assert.InRange(life.P50Days, life.P50Bounds!.Lower, life.P50Bounds.Upper);
        Assert.InRange(life.MeanDays, life.MeanBounds!.Lower, life.MeanBounds.Upper);
    }

    [Fact]
    public async Task AClassWithoutFailuresCannotBeFitted()
    {
        var definition = TestData.PumpClass with { Id = $"pump.new-{Guid.NewGuid():N}" };
        var classGrain = cluster.Grains.GetGrain<IAssetClassGrain>(definition.Id);
        await classGrain.DefineAsync(definition);

        var outcome = await classGrain.FitFromFleetAsync(0.9, "planner");

        Assert.Equal(ErrorKind.Conflict, outcome.Error!.Kind);
        Assert.Equal(1, (await classGrain.GetAsync())!.Version);
    }
}
