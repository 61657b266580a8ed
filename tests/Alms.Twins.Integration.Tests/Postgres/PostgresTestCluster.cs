using Alms.Twins.Silo.Hosting;
using Alms.Twins.Silo.Storage;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace Alms.Twins.Integration.Tests.Postgres;

/// <summary>
/// Test clusters whose silos run in PostgreSQL mode (<see cref="PostgresSiloExtensions.UseAlmsPostgres"/>).
/// </summary>
/// <remarks>
/// Built with <see cref="TestClusterBuilder"/> because <c>InProcessTestClusterBuilder</c> always installs
/// its own in-memory membership table, which would leave the PostgreSQL clustering provider unused.
/// Silos advertise 127.0.0.1; the client finds gateways through the PostgreSQL membership table.
/// </remarks>
public static class PostgresTestCluster
{
    private const string HostTwinsKey = "AlmsTests:HostTwins";
    private const string MigrateOnStartKey = "AlmsTests:MigrateOnStart";

    /// <summary>Builds (does not deploy) a cluster of <paramref name="silos"/> silos on the given database.</summary>
    /// <param name="serviceId">Fixed to let a later cluster see an earlier one's grain state; fresh when null.</param>
    /// <param name="hostTwins">Configure the silos as the host does for twins (<c>AddAlmsTwins</c>).</param>
    /// <param name="migrateOnStart">Let each silo migrate the schema as it starts.</param>
    public static TestCluster Build(
        string connectionString, short silos, string? serviceId = null, bool hostTwins = false, bool migrateOnStart = false)
    {
        var builder = new TestClusterBuilder(silos);
        builder.Options.UseTestClusterMembership = false;
        builder.Options.ConfigureFileLogging = false;
        if (serviceId is not null)
        {
            builder.Options.ServiceId = serviceId;
        }

        builder.Properties[PostgresSiloExtensions.ConnectionStringKey] = connectionString;
        builder.Properties[HostTwinsKey] = hostTwins.ToString();
        builder.Properties[MigrateOnStartKey] = migrateOnStart.ToString();
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
        return builder.Build();
    }

    /// <summary>
    /// Calls a grain until the call goes through: right after a silo stops, the client may still be
    /// switching to the remaining gateway.
    /// </summary>
    public static async Task<T> CallWithRetriesAsync<T>(Func<Task<T>> call)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (Exception exception) when (attempt < 20
                && exception is SiloUnavailableException or OrleansMessageRejectionException or TimeoutException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500));
            }
        }
    }

    private static bool IsSet(IConfiguration configuration, string key) =>
        bool.TryParse(configuration[key], out var value) && value;

    private static string ConnectionString(IConfiguration configuration) =>
        configuration[PostgresSiloExtensions.ConnectionStringKey]
        ?? throw new InvalidOperationException($"{PostgresSiloExtensions.ConnectionStringKey} is not set for the test cluster.");

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            var connectionString = ConnectionString(siloBuilder.Configuration);
            if (IsSet(siloBuilder.Configuration, HostTwinsKey))
            {
                siloBuilder.AddAlmsTwins(siloBuilder.Configuration, connectionString);
            }

            siloBuilder.UseAlmsPostgres(connectionString, migrateOnStart: IsSet(siloBuilder.Configuration, MigrateOnStartKey));
        }
    }

    private sealed class ClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) =>
            clientBuilder.UseAlmsPostgresClustering(ConnectionString(configuration));
    }
}

/// <summary>A migrated schema and a two-silo PostgreSQL-mode cluster on it, shared by a test collection.</summary>
public sealed class PostgresClusterFixture : IAsyncLifetime
{
    public PostgresTestSchema Schema { get; } = new();

    public TestCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Schema.InitializeMigratedAsync();
        Cluster = PostgresTestCluster.Build(Schema.ConnectionString, silos: 2);
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (Cluster is not null)
        {
            await Cluster.DisposeAsync();
        }

        await Schema.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresClusterCollection : ICollectionFixture<PostgresClusterFixture>
{
    public const string Name = "PostgreSQL cluster";
}
