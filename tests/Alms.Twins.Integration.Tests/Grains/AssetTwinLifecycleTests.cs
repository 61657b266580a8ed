using Alms.Twins.Assets;

namespace Alms.Twins.Integration.Tests.Grains;

[Collection(TwinClusterCollection.Name)]
public sealed class AssetTwinLifecycleTests(TwinClusterFixture cluster)
{
    [Fact]
    public async Task RegisteredTwinCarriesItsMasterDataAndClassParameters()
    {
        var twin = await cluster.NewPumpAsync(LifecycleStage.Planned);

        var snapshot = await twin.GetSnapshotAsync();

        Assert.NotNull(snapshot);
        Assert.Equal(LifecycleStage.Planned, snapshot.Stage);
        Assert.Equal("Acme", snapshot.Master.Manufacturer);
        Assert.Equal(TestData.PumpClass.Degradation, snapshot.Degradation);
        Assert.Equal(cluster.Clock.GetUtcNow(), snapshot.RegisteredAt);
    }

    [Fact]
    public async Task RepeatingARegistrationIsANoOpAndADifferentOneIsAConflict()
    {
        var id = TestData.NewId("pump");
        var twin = cluster.Grains.GetGrain<IAssetTwinGrain>(id);
        var registration = TestData.Pump(id);

        Assert.True((await twin.RegisterAsync(registration)).Created);
        var repeated = await twin.RegisterAsync(registration);
        var different = await twin.RegisterAsync(registration with { SerialNumber = "other" });

        Assert.False(repeated.Created);
        Assert.Null(repeated.Error);
        Assert.Equal(ErrorKind.Conflict, different.Error?.Kind);
        Assert.Equal("SN-1", (await twin.GetSnapshotAsync())!.Master.SerialNumber);
    }

    [Fact]
    public async Task RegistrationOfAnUnknownClassIsRefusedAndLeavesNoTwin()
    {
        var id = TestData.NewId("pump");
        var twin = cluster.Grains.GetGrain<IAssetTwinGrain>(id);

        var result = await twin.RegisterAsync(TestData.Pump(id) with { ClassId = "no.such.class" });

        Assert.Equal(new CommandError(ErrorKind.Invalid, "classId", "unknown asset class 'no.such.class'"), result.Error);
        Assert.Null(await twin.GetSnapshotAsync());
    }

    [Fact]
    public async Task LegalTransitionsRecordWhoWhenAndWhy()
    {
        var twin = await cluster.NewPumpAsync(LifecycleStage.Planned);

        await twin.TransitionAsync(new TransitionRequest(LifecycleStage.Acquired, "delivered", "buyer"));
        var result = await twin.TransitionAsync(new TransitionRequest(LifecycleStage.InService, "commissioned", "engineer"));

        Assert.Null(result.Error);
        Assert.Equal(LifecycleStage.InService, result.Snapshot!.Stage);
        var last = result.Snapshot.RecentTransitions[^1];
        Assert.Equal((LifecycleStage.Acquired, LifecycleStage.InService, "commissioned", "engineer", cluster.Clock.GetUtcNow()), (last.From, last.To, last.Reason, last.Actor, last.At));

        var audit = await twin.GetAuditTrailAsync(10);
        Assert.Equal(["registered", "transition", "transition"], audit.Select(e => e.Kind));
    }

    [Theory]
    [InlineData(LifecycleStage.Planned, LifecycleStage.InService)]
    [InlineData(LifecycleStage.InService, LifecycleStage.Planned)]
    [InlineData(LifecycleStage.InService, LifecycleStage.Disposed)]
    public async Task IllegalTransitionIsRejectedAndStateUnchanged(LifecycleStage from, LifecycleStage to)
    {
        var twin = await cluster.NewPumpAsync(from);
        var before = await twin.GetSnapshotAsync();

        var result = await twin.TransitionAsync(new TransitionRequest(to, "try", "tester"));

        Assert.Equal(ErrorKind.Conflict, result.Error?.Kind);
        Assert.Equal("to", result.Error?.Field);
        Assert.Contains($"cannot move from {from} to {to}", result.Error?.Reason, StringComparison.Ordinal);
        var after = await twin.GetSnapshotAsync();
        Assert.Equal(before!.Stage, after!.Stage);
        Assert.Equal(before.RecentTransitions, after.RecentTransitions);
    }

    [Fact]
    public async Task DisposedAssetCannotReturnToService()
    {
        var twin = await cluster.NewPumpAsync();
        await twin.TransitionAsync(new TransitionRequest(LifecycleStage.Decommissioned, "end of life", "planner"));
        await twin.TransitionAsync(new TransitionRequest(LifecycleStage.Disposed, "scrapped", "planner"));

        var result = await twin.TransitionAsync(new TransitionRequest(LifecycleStage.InService, "revive", "tester"));

        Assert.Equal(ErrorKind.Conflict, result.Error?.Kind);
        Assert.Contains("final", result.Error?.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARepeatedRequestIdIsAppliedOnce()
    {
        var twin = await cluster.NewPumpAsync();
        var request = new TransitionRequest(LifecycleStage.UnderMaintenance, "planned overhaul", "planner", "wo-42");

        await twin.TransitionAsync(request);
        var again = await twin.TransitionAsync(request);

        Assert.Null(again.Error);
        Assert.Single(again.Snapshot!.RecentTransitions);
    }

    [Fact]
    public async Task TransitionWithoutReasonIsRefused()
    {
        var twin = await cluster.NewPumpAsync();

        var result = await twin.TransitionAsync(new TransitionRequest(LifecycleStage.Standby, " ", "tester"));

        Assert.Equal(("reason", ErrorKind.Invalid), (result.Error?.Field, result.Error?.Kind ?? ErrorKind.NotFound));
        Assert.Equal(LifecycleStage.InService, (await twin.GetSnapshotAsync())!.Stage);
    }

    [Fact]
    public async Task TransitionOfAnUnregisteredAssetIsNotFound()
    {
        var twin = cluster.Grains.GetGrain<IAssetTwinGrain>(TestData.NewId("ghost"));

        var result = await twin.TransitionAsync(new TransitionRequest(LifecycleStage.Standby, "x", "tester"));

        Assert.Equal(ErrorKind.NotFound, result.Error?.Kind);
    }
}
