using System.Net;
using Alms.Twins.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime.MembershipService;

namespace Alms.Twins.Integration.Tests.Postgres;

/// <summary>
/// The Orleans ADO.NET membership table driven directly against our schema: the extended membership
/// protocol's etag checks, heartbeats, defunct-entry cleanup and deletion.
/// </summary>
public sealed class PostgresMembershipContractTests : IAsyncLifetime
{
    private readonly PostgresTestSchema _schema = new();
    private readonly string _clusterId = "membership-" + Guid.NewGuid().ToString("N");
    private ServiceProvider? _services;

    public async Task InitializeAsync()
    {
        await _schema.InitializeMigratedAsync();
        _services = new ServiceCollection().BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await _schema.DisposeAsync();
    }

    [Fact]
    public async Task InsertsAndUpdatesSucceedOnlyWithTheCurrentTableVersion()
    {
        var table = await CreateTableAsync();
        var empty = await table.ReadAllAsync();
        var siloA = Entry(port: 11111, SiloStatus.Joining);
        var siloB = Entry(port: 11112, SiloStatus.Joining);

        Assert.True(await table.InsertRowAsync(siloA, empty.Version.Next()));
        Assert.False(await table.InsertRowAsync(siloB, empty.Version.Next()));
        Assert.False(await table.InsertRowAsync(siloA, (await table.ReadAllAsync()).Version.Next()));

        var afterA = await table.ReadAllAsync();
        Assert.True(await table.InsertRowAsync(siloB, afterA.Version.Next()));

        siloA.Status = SiloStatus.Active;
        Assert.False(await table.UpdateRowAsync(siloA, afterA.Version.VersionEtag, afterA.Version.Next()));
        var afterB = await table.ReadAllAsync();
        siloA.SuspectTimes = [Tuple.Create(siloB.SiloAddress, Truncate(DateTime.UtcNow))];
        Assert.True(await table.UpdateRowAsync(siloA, afterB.Version.VersionEtag, afterB.Version.Next()));

        var final = await table.ReadAllAsync();
        Assert.Equal(afterB.Version.Version + 1, final.Version.Version);
        Assert.Equal(2, final.Members.Count);
        var storedA = Assert.Single(final.Members, m => m.Item1.SiloAddress.Equals(siloA.SiloAddress)).Item1;
        Assert.Equal(SiloStatus.Active, storedA.Status);
        Assert.Equal(siloA.SiloName, storedA.SiloName);
        Assert.Equal(siloA.HostName, storedA.HostName);
        Assert.Equal(siloA.ProxyPort, storedA.ProxyPort);
        Assert.Equal(siloA.StartTime, storedA.StartTime);
        Assert.Equal(siloA.IAmAliveTime, storedA.IAmAliveTime);
        Assert.Equal(siloB.SiloAddress, Assert.Single(storedA.SuspectTimes ?? []).Item1);
    }

    [Fact]
    public async Task HeartbeatsMoveOnlyForwardAndDoNotChangeTheVersion()
    {
        var table = await CreateTableAsync();
        var silo = Entry(port: 11121, SiloStatus.Active);
        Assert.True(await table.InsertRowAsync(silo, (await table.ReadAllAsync()).Version.Next()));
        var before = await table.ReadRowAsync(silo.SiloAddress);

        silo.IAmAliveTime = silo.IAmAliveTime.AddSeconds(30);
        await table.UpdateIAmAliveAsync(silo);
        var later = silo.IAmAliveTime;
        silo.IAmAliveTime = silo.IAmAliveTime.AddSeconds(-20);
        await table.UpdateIAmAliveAsync(silo);
        var after = await table.ReadRowAsync(silo.SiloAddress);

        Assert.Equal(before.Version, after.Version);
        Assert.Equal(later, Assert.Single(after.Members).Item1.IAmAliveTime);
    }

    [Fact]
    public async Task ReadRowReturnsTheVersionEvenForAnUnknownSilo()
    {
        var table = await CreateTableAsync();

        var row = await table.ReadRowAsync(Entry(port: 11131, SiloStatus.Active).SiloAddress);

        Assert.Empty(row.Members);
        Assert.Equal(0, row.Version.Version);
    }

    [Fact]
    public async Task CleanupRemovesOnlyDeadSilosSilentSinceTheCutoff()
    {
        var table = await CreateTableAsync();
        var longAgo = Truncate(DateTime.UtcNow.AddHours(-2));
        var dead = Entry(port: 11141, SiloStatus.Dead, aliveAt: longAgo);
        var quietButActive = Entry(port: 11142, SiloStatus.Active, aliveAt: longAgo);
        var recentlyDead = Entry(port: 11143, SiloStatus.Dead);
        foreach (var entry in new[] { dead, quietButActive, recentlyDead })
        {
            Assert.True(await table.InsertRowAsync(entry, (await table.ReadAllAsync()).Version.Next()));
        }

        await table.CleanupDefunctSiloEntriesAsync(DateTimeOffset.UtcNow.AddHours(-1));

        var remaining = (await table.ReadAllAsync()).Members.Select(m => m.Item1.SiloAddress).ToHashSet();
        Assert.Equal(new HashSet<SiloAddress> { quietButActive.SiloAddress, recentlyDead.SiloAddress }, remaining);
    }

    [Fact]
    public async Task DeletingTheClusterRemovesItsRowsOnly()
    {
        var table = await CreateTableAsync();
        var other = await CreateTableAsync("other-" + Guid.NewGuid().ToString("N"));
        Assert.True(await table.InsertRowAsync(Entry(port: 11151, SiloStatus.Active), (await table.ReadAllAsync()).Version.Next()));
        Assert.True(await other.InsertRowAsync(Entry(port: 11152, SiloStatus.Active), (await other.ReadAllAsync()).Version.Next()));

        await table.DeleteMembershipTableEntriesAsync(_clusterId);

        Assert.Single((await other.ReadAllAsync()).Members);
        await using var dataSource = _schema.CreateDataSource();
        await using var command = dataSource.CreateCommand(
            "SELECT (SELECT count(*) FROM orleans_membership WHERE deployment_id = $1) + " +
            "(SELECT count(*) FROM orleans_membership_version WHERE deployment_id = $1)");
        command.Parameters.AddWithValue(_clusterId);
        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }

    private async Task<AdoNetClusteringTable> CreateTableAsync(string? clusterId = null)
    {
        var table = new AdoNetClusteringTable(
            _services!,
            Options.Create(new ClusterOptions { ClusterId = clusterId ?? _clusterId, ServiceId = "membership-tests" }),
            Options.Create(new AdoNetClusteringSiloOptions
            {
                Invariant = PostgresSiloExtensions.AdoNetInvariant,
                ConnectionString = _schema.ConnectionString,
            }),
            NullLogger<AdoNetClusteringTable>.Instance);
        await table.InitializeMembershipTableAsync(tryInitTableVersion: true);
        return table;
    }

    private static MembershipEntry Entry(int port, SiloStatus status, DateTime? aliveAt = null)
    {
        var now = Truncate(DateTime.UtcNow);
        return new MembershipEntry
        {
            SiloAddress = SiloAddress.New(IPAddress.Loopback, port, generation: 42),
            SiloName = $"silo-{port}",
            HostName = "test-host",
            Status = status,
            ProxyPort = port + 1000,
            StartTime = aliveAt ?? now,
            IAmAliveTime = aliveAt ?? now,
        };
    }

    // PostgreSQL keeps microseconds, .NET ticks are 100 ns: compare at millisecond resolution.
    private static DateTime Truncate(DateTime time) =>
        new(time.Ticks - (time.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
}
