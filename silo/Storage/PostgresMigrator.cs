using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Alms.Twins.Silo.Storage;

/// <summary>
/// Brings a PostgreSQL schema up to date with the embedded scripts: the Orleans ADO.NET provider
/// tables and query catalogue, and the project's own tables.
/// </summary>
/// <remarks>
/// The target is the first schema on the connection's search path. Everything runs in one
/// transaction under an advisory lock, so silos migrating at the same time take turns and a failed
/// script leaves nothing half-applied. Applied scripts are recorded in <c>alms_schema_version</c>;
/// the scripts are also written to be harmless when run again.
/// </remarks>
internal sealed partial class PostgresMigrator
{
    // First half of the two-part advisory lock key ("Alms" in ASCII); the second half is the schema's hash.
    private const int AdvisoryLockNamespace = 0x416C6D73;

    private const string CreateVersionTableSql = """
        CREATE TABLE IF NOT EXISTS alms_schema_version
        (
            version    integer     NOT NULL,
            name       text        NOT NULL,
            checksum   text        NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now(),
            CONSTRAINT alms_schema_version_pk PRIMARY KEY (version)
        )
        """;

    private readonly NpgsqlDataSource _dataSource;
    private readonly IReadOnlyList<MigrationScript> _scripts;
    private readonly ILogger _logger;

    public PostgresMigrator(NpgsqlDataSource dataSource, ILogger<PostgresMigrator>? logger = null)
        : this(dataSource, MigrationScript.Embedded, logger)
    {
    }

    public PostgresMigrator(
        NpgsqlDataSource dataSource,
        IReadOnlyList<MigrationScript> scripts,
        ILogger<PostgresMigrator>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(scripts);
        _dataSource = dataSource;
        _scripts = scripts;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    public async Task<MigrationResult> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var schema = await ExecuteScalarAsync<string?>(connection, "SELECT current_schema()", cancellationToken)
            ?? throw new InvalidOperationException(
                "The connection's search_path names no existing schema to migrate; create the schema first.");

        // Notices such as "relation already exists, skipping" are expected on re-runs and only add noise.
        await ExecuteAsync(connection, "SET LOCAL client_min_messages = warning", cancellationToken);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock($1, hashtext($2))", connection))
        {
            lockCommand.Parameters.Add(new NpgsqlParameter<int> { TypedValue = AdvisoryLockNamespace });
            lockCommand.Parameters.Add(new NpgsqlParameter<string> { TypedValue = schema });
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        await ExecuteAsync(connection, CreateVersionTableSql, cancellationToken);
        var recorded = await ReadRecordedChecksumsAsync(connection, cancellationToken);

        var applied = new List<MigrationScript>();
        foreach (var script in _scripts)
        {
            if (recorded.TryGetValue(script.Version, out var checksum))
            {
                if (!string.Equals(checksum, script.Checksum, StringComparison.Ordinal))
                {
                    LogChangedScript(schema, script.Name);
                }

                continue;
            }

            await ExecuteAsync(connection, script.Sql, cancellationToken);
            await RecordAsync(connection, script, cancellationToken);
            applied.Add(script);
            LogApplied(schema, script.Name);
        }

        await transaction.CommitAsync(cancellationToken);

        var version = recorded.Keys.Concat(_scripts.Select(script => script.Version)).DefaultIfEmpty(0).Max();
        if (applied.Count == 0)
        {
            LogUpToDate(schema, version);
        }

        return new MigrationResult(schema, applied, version);
    }

    private static async Task<Dictionary<int, string>> ReadRecordedChecksumsAsync(
        NpgsqlConnection connection,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT version, checksum FROM alms_schema_version", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var recorded = new Dictionary<int, string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            recorded[reader.GetInt32(0)] = reader.GetString(1);
        }

        return recorded;
    }

    private static async Task RecordAsync(NpgsqlConnection connection, MigrationScript script, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "INSERT INTO alms_schema_version (version, name, checksum) VALUES ($1, $2, $3)", connection);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = script.Version });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = script.Name });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = script.Checksum });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<T> ExecuteScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is DBNull ? default! : (T)value!;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Schema {Schema}: applied {Script}")]
    private partial void LogApplied(string schema, string script);

    [LoggerMessage(Level = LogLevel.Information, Message = "Schema {Schema} is up to date at version {Version}; nothing to apply")]
    private partial void LogUpToDate(string schema, int version);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Schema {Schema}: script {Script} differs from the version applied earlier; it is not run again")]
    private partial void LogChangedScript(string schema, string script);
}

/// <summary>What a migration run did.</summary>
/// <param name="Schema">The schema that was migrated.</param>
/// <param name="Applied">Scripts applied by this run, in order; empty when the schema was already current.</param>
/// <param name="Version">The schema version after the run.</param>
internal sealed record MigrationResult(string Schema, IReadOnlyList<MigrationScript> Applied, int Version)
{
    public bool NothingToDo => Applied.Count == 0;
}
