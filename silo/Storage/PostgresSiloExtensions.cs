using Alms.Twins.Grains;
using Alms.Twins.Grains.Audit;
using Npgsql;

namespace Alms.Twins.Silo.Storage;

/// <summary>PostgreSQL mode: clustering, grain storage, reminders and the audit trail in one database.</summary>
/// <remarks>Orleans loads Npgsql by the ADO.NET invariant name; all providers share the one connection string.</remarks>
internal static class PostgresSiloExtensions
{
    /// <summary>Name of the connection string (<c>ConnectionStrings:AlmsPostgres</c>).</summary>
    public const string ConnectionStringName = "AlmsPostgres";

    /// <summary>The configuration key holding the connection string.</summary>
    public const string ConnectionStringKey = "ConnectionStrings:" + ConnectionStringName;

    /// <summary>
    /// Connections a silo's Orleans providers may hold (one Npgsql pool: they share the connection string),
    /// unless the connection string sets <c>Maximum Pool Size</c>. With the audit trail's pool, a silo stays
    /// at 40 connections, so two silos fit PostgreSQL's default limit of 100 with room for tools.
    /// </summary>
    public const int ProviderPoolSize = 30;

    /// <summary>Connections the audit trail's own pool may hold, unless the connection string says otherwise.</summary>
    public const int AuditPoolSize = 10;

    /// <summary>The ADO.NET invariant name under which Orleans loads Npgsql.</summary>
    public const string AdoNetInvariant = "Npgsql";

    /// <summary>
    /// Uses PostgreSQL for membership, for every grain storage in <see cref="StorageNames.All"/>
    /// (JSON through <see cref="SystemTextJsonGrainStorageSerializer"/>), for reminders and for
    /// <see cref="IAuditLog"/>. The schema must have been migrated (the silo's <c>migrate</c> verb),
    /// unless <paramref name="migrateOnStart"/> asks the silo to do it as its first start-up step.
    /// </summary>
    public static ISiloBuilder UseAlmsPostgres(this ISiloBuilder builder, string connectionString, bool migrateOnStart = false)
    {
        ArgumentNullException.ThrowIfNull(builder);
        RequireConnectionString(connectionString);
        var auditConnectionString = WithDefaultPoolSize(connectionString, AuditPoolSize);
        connectionString = WithDefaultPoolSize(connectionString, ProviderPoolSize);

        builder.UseAdoNetClustering(options =>
        {
            options.Invariant = AdoNetInvariant;
            options.ConnectionString = connectionString;
        });

        var serializer = new SystemTextJsonGrainStorageSerializer();
        foreach (var storageName in StorageNames.All)
        {
            builder.AddAdoNetGrainStorage(storageName, options =>
            {
                options.Invariant = AdoNetInvariant;
                options.ConnectionString = connectionString;
                options.GrainStorageSerializer = serializer;
            });
        }

        builder.UseAdoNetReminderService(options =>
        {
            options.Invariant = AdoNetInvariant;
            options.ConnectionString = connectionString;
        });

        builder.Services.AddKeyedSingleton(ConnectionStringName, (_, _) => NpgsqlDataSource.Create(auditConnectionString));
        builder.Services.AddSingleton<IAuditLog>(services =>
            new PostgresAuditLog(services.GetRequiredKeyedService<NpgsqlDataSource>(ConnectionStringName)));
        if (migrateOnStart)
        {
            builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(services => new PostgresMigrationOnStart(
                services.GetRequiredKeyedService<NpgsqlDataSource>(ConnectionStringName),
                services.GetRequiredService<ILogger<PostgresMigrator>>()));
        }

        return builder;
    }

    /// <summary>
    /// For a cluster client outside the silos (e.g. a separate gateway process): finds the silos'
    /// gateways through the PostgreSQL membership table.
    /// </summary>
    public static IClientBuilder UseAlmsPostgresClustering(this IClientBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        RequireConnectionString(connectionString);
        return builder.UseAdoNetClustering(options =>
        {
            options.Invariant = AdoNetInvariant;
            options.ConnectionString = connectionString;
        });
    }

    /// <summary>
    /// Npgsql's own default (100 per pool) would let one busy silo take every connection the server has:
    /// a burst of activations then fails with "remaining connection slots are reserved".
    /// </summary>
    internal static string WithDefaultPoolSize(string connectionString, int maxPoolSize)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.ContainsKey("Maximum Pool Size") || given.ContainsKey("MaxPoolSize"))
        {
            return connectionString;
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = maxPoolSize }.ConnectionString;
    }

    private static void RequireConnectionString(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ArgumentException(
                $"A PostgreSQL connection string is required ({ConnectionStringKey}).", nameof(connectionString));
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException exception)
        {
            throw new ArgumentException(
                $"The PostgreSQL connection string is not valid: {exception.Message}", nameof(connectionString), exception);
        }
    }
}
