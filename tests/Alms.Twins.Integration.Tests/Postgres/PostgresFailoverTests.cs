using Orleans.TestingHost;

namespace Alms.Twins.Integration.Tests.Postgres;

/// <summary>
/// Two silos sharing PostgreSQL clustering and storage: when one stops, the grains it hosted come
/// back on the other with their stored state. Has its own cluster because it stops a silo.
/// </summary>
public sealed class PostgresFailoverTests : IAsyncLifetime
{
    private const int DeadStatus = 6;
    private const int GrainCount = 8;

    private readonly PostgresTestSchema _schema = new();
    private TestCluster? _cluster;

    // The schema starts empty: the silos migrate it as they start, exercising the on-start migration too.
    public async Task InitializeAsync()
    {
        await _schema.InitializeAsync();
        _cluster = PostgresTestCluster.Build(_schema.ConnectionString, silos: 2, migrateOnStart: true);
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        await _schema.DisposeAsync();
    }

    [Fact]
    public async Task GrainsOfAStoppedSiloAreReachableOnTheOtherWithTheirStoredState()
    {
        var cluster = _cluster!;
        var grains = Enumerable.Range(0, GrainCount)
            .Select(i => cluster.Client.GetGrain<IPostgresProbeGrain>($"failover-{i}-{Guid.NewGuid():N}"))
            .ToList();
        var hosts = new Dictionary<IPostgresProbeGrain, string>();
        foreach (var (grain, index) in grains.Select((g, i) => (g, i)))
        {
            await grain.WriteAsync(new ProbeState { Label = $"asset-{index}", Counter = index, Mood = ProbeMood.Restless });
            hosts[grain] = (await grain.ReadAsync()).SiloAddress;
        }

        // Stop the silo hosting the most probes (placement is random; with 8 grains one silo has at least 4).
        var victim = cluster.Silos
            .OrderByDescending(silo => hosts.Values.Count(host => host == silo.SiloAddress.ToString()))
            .First();
        var survivor = cluster.Silos.Single(silo => silo != victim);
        var displaced = grains.Where(g => hosts[g] == victim.SiloAddress.ToString()).ToList();
        Assert.NotEmpty(displaced);

        await cluster.StopSiloAsync(victim);

        foreach (var grain in displaced)
        {
            var snapshot = await PostgresTestCluster.CallWithRetriesAsync(grain.ReadAsync);
            var index = grains.IndexOf(grain);
            Assert.Equal(survivor.SiloAddress.ToString(), snapshot.SiloAddress);
            Assert.True(snapshot.RecordExists);
            Assert.Equal($"asset-{index}", snapshot.State.Label);
            Assert.Equal(index, snapshot.State.Counter);
            Assert.Equal(ProbeMood.Restless, snapshot.State.Mood);
        }

        Assert.Equal(DeadStatus, await ReadMembershipStatusAsync(cluster.Options.ClusterId, victim.SiloAddress));
    }

    private async Task<int> ReadMembershipStatusAsync(string clusterId, SiloAddress silo)
    {
        await using var dataSource = _schema.CreateDataSource();
        await using var command = dataSource.CreateCommand(
            "SELECT status FROM orleans_membership WHERE deployment_id = $1 AND address = $2 AND port = $3 AND generation = $4");
        command.Parameters.AddWithValue(clusterId);
        command.Parameters.AddWithValue(silo.Endpoint.Address.ToString());
        command.Parameters.AddWithValue(silo.Endpoint.Port);
        command.Parameters.AddWithValue(silo.Generation);
        return (int)(await command.ExecuteScalarAsync())!;
    }
}
