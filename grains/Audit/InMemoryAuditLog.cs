using System.Collections.Concurrent;
using Alms.Twins.Audit;

namespace Alms.Twins.Grains.Audit;

/// <summary>The embedded mode's audit trail: per asset, the most recent events, lost at shutdown like the rest of its state.</summary>
public sealed class InMemoryAuditLog : IAuditLog
{
    private const int EventsKeptPerAsset = 200;

    private readonly ConcurrentDictionary<string, Queue<AuditEvent>> _events = new(StringComparer.Ordinal);

    public Task AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        var queue = _events.GetOrAdd(auditEvent.AssetId, _ => new Queue<AuditEvent>());
        lock (queue)
        {
            queue.Enqueue(auditEvent);
            if (queue.Count > EventsKeptPerAsset)
            {
                queue.Dequeue();
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEvent>> ReadAsync(string assetId, int limit, CancellationToken cancellationToken = default)
    {
        if (!_events.TryGetValue(assetId, out var queue))
        {
            return Task.FromResult<IReadOnlyList<AuditEvent>>([]);
        }

        lock (queue)
        {
            return Task.FromResult<IReadOnlyList<AuditEvent>>([.. queue.Take(limit)]);
        }
    }
}
