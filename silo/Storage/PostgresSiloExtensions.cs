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

        builder.Services.AddKeyedSingleton(ConnectionStringName, (_, _) => NpgsqlDataSource.Create(connectionString));
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
