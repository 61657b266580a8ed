using System.Text.Json.Nodes;
using Alms.Twins.Audit;
using Alms.Twins.Silo.Storage;
using Npgsql;

namespace Alms.Twins.Integration.Tests.Postgres;

public sealed class PostgresAuditLogTests : IAsyncLifetime
{
    private readonly PostgresTestSchema _schema = new();
    private NpgsqlDataSource? _dataSource;

    private PostgresAuditLog AuditLog => new(_dataSource!);

    public async Task InitializeAsync()
    {
        await _schema.InitializeMigratedAsync();
        _dataSource = _schema.CreateDataSource();
    }

    public async Task DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }

        await _schema.DisposeAsync();
    }

    [Fact]
    public async Task AppendedEventsReadBackInOrderPerAsset()
    {
        // PostgreSQL keeps microseconds; whole milliseconds survive exactly.
        var start = new DateTimeOffset(2026, 5, 4, 8, 0, 0, 123, TimeSpan.FromHours(1));
        var registered = new AuditEvent("PUMP-1", "registered", "alice", start, """{"classId":"pump","serial":"S-1"}""");
        var other = new AuditEvent("PUMP-2", "registered", "bob", start.AddSeconds(1), """{"classId":"pump"}""");
        var transition = new AuditEvent("PUMP-1", "transition", "alice", start.AddMinutes(3), """{"to":"Operating","costs":[1.5,2]}""");

        await AuditLog.AppendAsync(registered);
        await AuditLog.AppendAsync(other);
        await AuditLog.AppendAsync(transition);
        var events = await AuditLog.ReadAsync("PUMP-1", limit: 10);

        Assert.Equal(2, events.Count);
        AssertSameEvent(registered, events[0]);
        AssertSameEvent(transition, events[1]);
        Assert.Equal(TimeSpan.Zero, events[0].At.Offset);
    }

    [Fact]
    public async Task ReadReturnsTheOldestEventsUpToTheLimit()
    {
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 5; i++)
        {
            await AuditLog.AppendAsync(new AuditEvent("FAN-9", "costs", "ops", at.AddHours(i), $$"""{"sequence":{{i}}}"""));
        }

        var firstThree = await AuditLog.ReadAsync("FAN-9", limit: 3);

        Assert.Equal([0, 1, 2], firstThree.Select(e => JsonNode.Parse(e.Detail)!["sequence"]!.GetValue<int>()));
        Assert.Empty(await AuditLog.ReadAsync("unknown-asset", limit: 3));
    }

    [Fact]
    public async Task InvalidEventsAreRejectedBeforeTouchingTheTable()
    {
        var at = DateTimeOffset.UnixEpoch;

        var badJson = await Assert.ThrowsAsync<ArgumentException>(
            () => AuditLog.AppendAsync(new AuditEvent("A-1", "registered", "alice", at, "{not json")));
        var noAsset = await Assert.ThrowsAsync<ArgumentException>(
            () => AuditLog.AppendAsync(new AuditEvent(" ", "registered", "alice", at, "{}")));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => AuditLog.ReadAsync("A-1", limit: 0));

        Assert.Equal(nameof(AuditEvent.Detail), badJson.ParamName);
        Assert.Equal(nameof(AuditEvent.AssetId), noAsset.ParamName);
        Assert.Empty(await AuditLog.ReadAsync("A-1", limit: 10));
    }

    private static void AssertSameEvent(AuditEvent expected, AuditEvent actual)
    {
        Assert.Equal(expected.AssetId, actual.AssetId);
        Assert.Equal(expected.Kind, actual.Kind);
        Assert.Equal(expected.Actor, actual.Actor);
        Assert.Equal(expected.At, actual.At);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected.Detail), JsonNode.Parse(actual.Detail)), actual.Detail);
    }
}
