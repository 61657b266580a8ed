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
    public static TestCluster Build(string connectionString, short silos)
    {
        var builder = new TestClusterBuilder(silos);
        builder.Options.UseTestClusterMembership = false;
        builder.Options.ConfigureFileLogging = false;
        builder.Properties[PostgresSiloExtensions.ConnectionStringKey] = connectionString;
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
        return builder.Build();
    }

    private static string ConnectionString(IConfiguration configuration) =>
        configuration[PostgresSiloExtensions.ConnectionStringKey]
        ?? throw new InvalidOperationException($"{PostgresSiloExtensions.ConnectionStringKey} is not set for the test cluster.");

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) =>
            siloBuilder.UseAlmsPostgres(ConnectionString(siloBuilder.Configuration));
    }

    private sealed class ClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) =>
            clientBuilder.UseAdoNetClustering(options =>
            {
                options.Invariant = PostgresSiloExtensions.AdoNetInvariant;
                options.ConnectionString = ConnectionString(configuration);
            });
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
