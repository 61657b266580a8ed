using System.Text.Json;
using Alms.Twins.Audit;
using Alms.Twins.Grains.Audit;
using Npgsql;
using NpgsqlTypes;

namespace Alms.Twins.Silo.Storage;

/// <summary>
/// The audit trail in PostgreSQL (table <c>alms_audit_events</c>). An append returns only after the
/// row is committed, so a command acknowledged to a caller is always on record.
/// </summary>
/// <remarks>
/// Timestamps are stored with microsecond precision and read back in UTC. The detail is stored as
/// <c>jsonb</c>: it is read back as equivalent JSON, not byte for byte (key order and whitespace
/// may differ).
/// </remarks>
internal sealed class PostgresAuditLog : IAuditLog
{
    private const string InsertSql = """
        INSERT INTO alms_audit_events (asset_id, kind, actor, at, detail)
        VALUES ($1, $2, $3, $4, $5)
        """;

    private const string ReadSql = """
        SELECT asset_id, kind, actor, at, detail::text
        FROM alms_audit_events
        WHERE asset_id = $1
        ORDER BY id
        LIMIT $2
        """;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresAuditLog(NpgsqlDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        _dataSource = dataSource;
    }

    public async Task AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        RequireText(auditEvent.AssetId, nameof(AuditEvent.AssetId));
        RequireText(auditEvent.Kind, nameof(AuditEvent.Kind));
        RequireText(auditEvent.Actor, nameof(AuditEvent.Actor));
        RequireJson(auditEvent.Detail);

        await using var command = _dataSource.CreateCommand(InsertSql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = auditEvent.AssetId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = auditEvent.Kind });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = auditEvent.Actor });

        // timestamptz accepts only UTC offsets from Npgsql; the instant is what matters.
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = auditEvent.At.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = auditEvent.Detail, NpgsqlDbType = NpgsqlDbType.Jsonb });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEvent>> ReadAsync(string assetId, int limit, CancellationToken cancellationToken = default)
    {
        RequireText(assetId, nameof(assetId));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);

        await using var command = _dataSource.CreateCommand(ReadSql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = assetId });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);

        var events = new List<AuditEvent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new AuditEvent(
                AssetId: reader.GetString(0),
                Kind: reader.GetString(1),
                Actor: reader.GetString(2),
                At: reader.GetFieldValue<DateTimeOffset>(3),
                Detail: reader.GetString(4)));
        }

        return events;
    }

    private static void RequireText(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} must be a non-empty string.", name);
        }
    }

    private static void RequireJson(string? detail)
    {
        if (detail is null)
        {
            throw new ArgumentException("Detail must be a JSON document, not null.", nameof(AuditEvent.Detail));
        }

        try
        {
            JsonDocument.Parse(detail).Dispose();
        }
        catch (JsonException exception)
        {
            throw new ArgumentException($"Detail must be a JSON document: {exception.Message}", nameof(AuditEvent.Detail), exception);
        }
    }
}
