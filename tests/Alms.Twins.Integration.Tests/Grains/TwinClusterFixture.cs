using Alms.Twins.Assets;
using Alms.Twins.Grains;
using Alms.Twins.Silo.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace Alms.Twins.Integration.Tests.Grains;

/// <summary>
/// One in-process silo configured exactly as the embedded host configures its silo, with a fake clock so
/// age-driven behaviour is deterministic. Shared by every test in <see cref="TwinClusterCollection"/>;
/// tests use fresh asset ids.
/// </summary>
public sealed class TwinClusterFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Start);

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddSingleton(new AlmsClock(Clock));
            silo.AddAlmsTwins(new ConfigurationBuilder().Build(), postgresConnectionString: null);
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
        await Grains.GetGrain<IAssetClassGrain>(TestData.PumpClass.Id).DefineAsync(TestData.PumpClass);
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    /// <summary>Registers a fresh in-service pump installed <paramref name="ageDays"/> ago.</summary>
    public async Task<IAssetTwinGrain> NewPumpAsync(LifecycleStage stage = LifecycleStage.InService, double ageDays = 365, string site = "plant-a/line-1")
    {
        var id = TestData.NewId("pump");
        var twin = Grains.GetGrain<IAssetTwinGrain>(id);
        var result = await twin.RegisterAsync(TestData.Pump(id, stage, Clock.GetUtcNow().AddDays(-ageDays), site));
        Assert.Null(result.Error);
        return twin;
    }
}

[CollectionDefinition(Name)]
public sealed class TwinClusterCollection : ICollectionFixture<TwinClusterFixture>
{
    public const string Name = "twin cluster";
}
