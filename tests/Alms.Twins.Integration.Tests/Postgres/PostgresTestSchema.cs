using System.Net.Sockets;
using Alms.Twins.Silo.Storage;
using Npgsql;

namespace Alms.Twins.Integration.Tests.Postgres;

/// <summary>
/// A fresh, empty schema in the test database, dropped again at the end. Connections made with
/// <see cref="ConnectionString"/> see only this schema, so fixtures never see each other's tables.
/// </summary>
public sealed class PostgresTestSchema : IAsyncLifetime
{
    public const string EnvironmentVariable = "ALMS_TEST_POSTGRES";
    public const string DefaultConnectionString = "Host=127.0.0.1;Username=alms;Password=alms;Database=alms_test";

    private readonly string _serverConnectionString;

    public PostgresTestSchema()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        _serverConnectionString = string.IsNullOrWhiteSpace(configured) ? DefaultConnectionString : configured;
        Name = "test_" + Guid.NewGuid().ToString("N");
        ConnectionString = new NpgsqlConnectionStringBuilder(_serverConnectionString) { SearchPath = Name }.ConnectionString;
    }

    /// <summary>The schema's name.</summary>
    public string Name { get; }

    /// <summary>A connection string whose search path is this schema only.</summary>
    public string ConnectionString { get; }

    public NpgsqlDataSource CreateDataSource() => NpgsqlDataSource.Create(ConnectionString);

    public async Task InitializeAsync()
    {
        try
        {
            await ExecuteOnServerAsync($"CREATE SCHEMA {Name}");
        }
        catch (Exception exception) when (exception is NpgsqlException or SocketException or TimeoutException)
        {
            var server = new NpgsqlConnectionStringBuilder(_serverConnectionString);
            throw new InvalidOperationException(
                $"The PostgreSQL test database (Host={server.Host};Port={server.Port};Database={server.Database};" +
                $"Username={server.Username}) is unreachable: {exception.Message}. Run ./test.sh, which starts a " +
                $"local PostgreSQL server, creates the test database and sets {EnvironmentVariable}.",
                exception);
        }
    }

    /// <summary>Creates the schema and applies the migration scripts to it.</summary>
    public async Task InitializeMigratedAsync()
    {
        await InitializeAsync();
        await using var dataSource = CreateDataSource();
        await new PostgresMigrator(dataSource).MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        // Idle pooled connections to this schema are of no further use; close them rather than leave them open.
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await ExecuteOnServerAsync($"DROP SCHEMA IF EXISTS {Name} CASCADE");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(_serverConnectionString);
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
