using Alms.Twins.Assets;
using Alms.Twins.Telemetry;
using Orleans.TestingHost;

namespace Alms.Twins.Integration.Tests.Postgres;

/// <summary>Asset twins hosted as the silo hosts them, with everything kept in PostgreSQL.</summary>
public sealed class PostgresTwinTests : IAsyncLifetime
{
    private readonly PostgresTestSchema _schema = new();
    private readonly List<TestCluster> _clusters = [];

    public Task InitializeAsync() => _schema.InitializeMigratedAsync();

    public async Task DisposeAsync()
    {
        foreach (var cluster in _clusters)
        {
            await cluster.DisposeAsync();
        }

        await _schema.DisposeAsync();
    }

    [Fact]
    public async Task CheckpointedTwinSurvivesARestartOfTheWholeCluster()
    {
        var serviceId = "twins-" + Guid.NewGuid().ToString("N");
        var first = await DeployAsync(silos: 1, serviceId);
        await first.Client.GetGrain<IAssetClassGrain>(TestData.PumpClass.Id).DefineAsync(TestData.PumpClass);
        var (id, before) = await RegisterPumpWithTelemetryAsync(first.Client);
        await first.StopAllSilosAsync();

        var second = await DeployAsync(silos: 1, serviceId);
        var twin = second.Client.GetGrain<IAssetTwinGrain>(id);
        var after = await twin.GetSnapshotAsync();

        AssertSameCheckpoint(before, after);
        var resent = await twin.ApplyTelemetryAsync(new TelemetryBatch([TestData.Reading(id, "hours", 3, 8, DateTimeOffset.UtcNow)]));
        Assert.Equal(1, resent.Duplicates);
        Assert.Contains(await twin.GetAuditTrailAsync(10), e => e.Kind == "registered");
    }

    [Fact]
    public async Task TwinsOfAStoppedSiloAreServedByTheOtherWithTheirCheckpoints()
    {
        var cluster = await DeployAsync(silos: 2, serviceId: null);
        await cluster.Client.GetGrain<IAssetClassGrain>(TestData.PumpClass.Id).DefineAsync(TestData.PumpClass);
        var twins = new List<(string Id, AssetSnapshot Snapshot)>();
        for (var i = 0; i < 6; i++)
        {
            twins.Add(await RegisterPumpWithTelemetryAsync(cluster.Client));
        }

        var hosts = await TwinHostsAsync(cluster, twins.Select(t => t.Id));
        var victim = cluster.Silos.OrderByDescending(s => hosts.Values.Count(h => h.Equals(s.SiloAddress))).First();
        var displaced = twins.Where(t => hosts[t.Id].Equals(victim.SiloAddress)).ToList();
        Assert.NotEmpty(displaced);

        await cluster.StopSiloAsync(victim);

        foreach (var (id, before) in displaced)
        {
            var twin = cluster.Client.GetGrain<IAssetTwinGrain>(id);
            var after = await PostgresTestCluster.CallWithRetriesAsync(twin.GetSnapshotAsync);
            AssertSameCheckpoint(before, after);
        }

        var survivor = cluster.Silos.Single(s => s != victim).SiloAddress;
        var newHosts = await TwinHostsAsync(cluster, displaced.Select(t => t.Id));
        Assert.All(newHosts.Values, host => Assert.Equal(survivor, host));
    }

    private async Task<TestCluster> DeployAsync(short silos, string? serviceId)
    {
        var cluster = PostgresTestCluster.Build(_schema.ConnectionString, silos, serviceId, hostTwins: true);
        _clusters.Add(cluster);
        await cluster.DeployAsync();
        return cluster;
    }

    private static async Task<(string Id, AssetSnapshot Snapshot)> RegisterPumpWithTelemetryAsync(IGrainFactory grains)
    {
        var id = TestData.NewId("pg-pump");
        var twin = grains.GetGrain<IAssetTwinGrain>(id);
        var now = DateTimeOffset.UtcNow;
        var registered = await twin.RegisterAsync(TestData.Pump(id, LifecycleStage.InService, now.AddDays(-365)));
        Assert.Null(registered.Error);
        await twin.ApplyTelemetryAsync(new TelemetryBatch(
            [TestData.Reading(id, "vibration", 8, 7, now), TestData.Reading(id, "hours", 3, 8, now)]));
        await twin.CheckpointAsync();
        return (id, (await twin.GetSnapshotAsync())!);
    }

    private static async Task<Dictionary<string, SiloAddress>> TwinHostsAsync(TestCluster cluster, IEnumerable<string> ids)
    {
        var wanted = ids.ToDictionary(id => cluster.Client.GetGrain<IAssetTwinGrain>(id).GetGrainId(), id => id);
        var statistics = await cluster.Client.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        return statistics
            .Where(s => wanted.ContainsKey(s.GrainId))
            .ToDictionary(s => wanted[s.GrainId], s => s.SiloAddress);
    }

    private static void AssertSameCheckpoint(AssetSnapshot before, AssetSnapshot? after)
    {
        Assert.NotNull(after);
        Assert.Equal(before.Metrics, after.Metrics);
        Assert.Equal(before.Counters, after.Counters);
        Assert.Equal(before.Watermarks, after.Watermarks);
        Assert.Equal(before.ActiveAlarms.AsEnumerable(), after.ActiveAlarms.AsEnumerable());
        Assert.Equal(before.Health.Wear, after.Health.Wear);
        Assert.Equal(before.Stage, after.Stage);
    }
}
