using Alms.Twins.Audit;

namespace Alms.Twins.Grains.Audit;

/// <summary>
/// Where commands are recorded before they are acknowledged. PostgreSQL mode appends to a table;
/// the embedded mode keeps a bounded in-memory trail.
/// </summary>
public interface IAuditLog
{
    Task AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default);

    /// <summary>The asset's events, oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<AuditEvent>> ReadAsync(string assetId, int limit, CancellationToken cancellationToken = default);
}
