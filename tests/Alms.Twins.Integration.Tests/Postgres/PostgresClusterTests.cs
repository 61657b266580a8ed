using System.Text.Json.Nodes;
using Alms.Twins.Grains;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Storage;

namespace Alms.Twins.Integration.Tests.Postgres;

/// <summary>Grain storage, reminders and membership through a running two-silo cluster in PostgreSQL mode.</summary>
[Collection(PostgresClusterCollection.Name)]
public sealed class PostgresClusterTests(PostgresClusterFixture fixture)
{
    private const int ActiveStatus = 3;

    private IPostgresProbeGrain Probe(string prefix) =>
        fixture.Cluster.Client.GetGrain<IPostgresProbeGrain>($"{prefix}-{Guid.NewGuid():N}");

    [Fact]
    public async Task StateWrittenByOneActivationIsReadBackByTheNextFromPostgres()
    {
        var grain = Probe("state");
        var written = new ProbeState { Label = "bearing", Counter = 3, Mood = ProbeMood.Restless, Readings = [1.5, 2.25] };

        await grain.WriteAsync(written);
        var before = await grain.ReadAsync();
        await grain.DeactivateAsync();
        var after = await grain.ReadAsync();

        Assert.NotEqual(before.ActivationId, after.ActivationId);
        Assert.True(after.RecordExists);
        Assert.Equal(written.Label, after.State.Label);
        Assert.Equal(written.Counter, after.State.Counter);
        Assert.Equal(written.Mood, after.State.Mood);
        Assert.Equal(written.Readings, after.State.Readings);
    }

    [Fact]
    public async Task StoredRowHoldsCamelCaseJsonUnderTheStateName()
    {
        var grain = Probe("row");
        await grain.WriteAsync(new ProbeState { Label = "valve", Counter = 7, Mood = ProbeMood.Calm });

        await using var dataSource = fixture.Schema.CreateDataSource();
        await using var command = dataSource.CreateCommand(
            "SELECT grain_type, convert_from(payload, 'UTF8'), version FROM orleans_grain_state WHERE grain_id_extension = $1");
        command.Parameters.AddWithValue(grain.GetPrimaryKeyString());
        await using var reader = await command.ExecuteReaderAsync();

        Assert.True(await reader.ReadAsync());
        Assert.Equal("probe", reader.GetString(0));
        var payload = JsonNode.Parse(reader.GetString(1))!.AsObject();
        Assert.Equal(["label", "counter", "mood", "readings"], payload.Select(p => p.Key));
        Assert.Equal("Calm", payload["mood"]!.GetValue<string>());
        Assert.Equal(1, reader.GetInt32(2));
        Assert.False(await reader.ReadAsync());
    }

    [Fact]
    public async Task StaleWritesAreRejectedAndClearKeepsTheVersionMoving()
    {
        var storage = fixture.Cluster.GetSiloServiceProvider().GetRequiredKeyedService<IGrainStorage>(StorageNames.Twins);
        var grainId = GrainId.Create("storage-probe", Guid.NewGuid().ToString("N"));
        var currentState = new ProbeState { Label = "one" };
        var current = new GrainState<ProbeState>(currentState);

        await storage.WriteStateAsync("probe", grainId, current);
        var firstEtag = current.ETag;
        await Assert.ThrowsAsync<InconsistentStateException>(
            () => storage.WriteStateAsync("probe", grainId, new GrainState<ProbeState>(new ProbeState { Label = "blind" })));
        currentState.Label = "two";
        await storage.WriteStateAsync("probe", grainId, current);
        await Assert.ThrowsAsync<InconsistentStateException>(
            () => storage.WriteStateAsync("probe", grainId, new GrainState<ProbeState>(new ProbeState(), firstEtag)));

        var read = new GrainState<ProbeState>(new ProbeState());
        await storage.ReadStateAsync("probe", grainId, read);
        Assert.Equal(("two", current.ETag, true), (read.State?.Label, read.ETag, read.RecordExists));

        await storage.ClearStateAsync("probe", grainId, read);
        var afterClear = new GrainState<ProbeState>(new ProbeState());
        await storage.ReadStateAsync("probe", grainId, afterClear);
        Assert.False(afterClear.RecordExists);
        Assert.Equal(read.ETag, afterClear.ETag);
        Assert.NotEqual(current.ETag, afterClear.ETag);

        afterClear.State = new ProbeState { Label = "three" };
        await storage.WriteStateAsync("probe", grainId, afterClear);
        Assert.NotEqual(read.ETag, afterClear.ETag);
    }

    [Fact]
    public async Task DeleteQueryRemovesTheRowOnlyAtTheCurrentVersion()
    {
        // DeleteStorageKey serves DeleteStateOnClear, which our registration leaves off; run it as the provider would.
        var storage = fixture.Cluster.GetSiloServiceProvider().GetRequiredKeyedService<IGrainStorage>(StorageNames.Twins);
        // Not a bare GUID: the provider would store such a key in the id columns, not the string column.
        var key = $"doomed-{Guid.NewGuid():N}";
        var state = new GrainState<ProbeState>(new ProbeState { Label = "doomed" });
        await storage.WriteStateAsync("probe", GrainId.Create("storage-probe", key), state);
        await storage.WriteStateAsync("probe", GrainId.Create("storage-probe", key), state);

        await using var dataSource = fixture.Schema.CreateDataSource();
        var stale = await RunDeleteQueryAsync(dataSource, key, version: 1);
        var current = await RunDeleteQueryAsync(dataSource, key, version: 2);

        Assert.Null(stale);
        Assert.Equal(3, current);
        Assert.Null(await RunDeleteQueryAsync(dataSource, key, version: 2));
    }

    [Fact]
    public async Task RemindersAreStoredReadAndRemovedInPostgres()
    {
        var grain = Probe("reminder");

        await grain.RegisterReminderAsync("inspection", TimeSpan.FromMinutes(1));
        await grain.RegisterReminderAsync("calibration", TimeSpan.FromMinutes(10));
        var names = await grain.GetReminderNamesAsync();
        var rows = await ReadReminderRowsAsync(grain);
        await grain.UnregisterReminderAsync("inspection");
        var remaining = await grain.GetReminderNamesAsync();

        Assert.Equal(["calibration", "inspection"], names);
        Assert.Equal([("calibration", 600_000L), ("inspection", 60_000L)], rows);
        Assert.Equal(["calibration"], remaining);
        Assert.Equal([("calibration", 600_000L)], await ReadReminderRowsAsync(grain));
    }

    [Fact]
    public async Task MembershipTableListsBothSilosAsActiveOnLoopback()
    {
        var silos = fixture.Cluster.Silos.Select(s => s.SiloAddress).ToList();

        await using var dataSource = fixture.Schema.CreateDataSource();
        await using var command = dataSource.CreateCommand(
            "SELECT address, port, generation, status FROM orleans_membership WHERE deployment_id = $1");
        command.Parameters.AddWithValue(fixture.Cluster.Options.ClusterId);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string Address, int Port, int Generation, int Status)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3)));
        }

        Assert.Equal(2, silos.Count);
        Assert.All(silos, silo => Assert.Contains(
            (silo.Endpoint.Address.ToString(), silo.Endpoint.Port, silo.Generation, ActiveStatus), rows));
        Assert.All(rows, row => Assert.Equal("127.0.0.1", row.Address));
    }

    private static async Task<int?> RunDeleteQueryAsync(NpgsqlDataSource dataSource, string key, int version)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        string deleteQuery;
        await using (var lookup = new NpgsqlCommand("SELECT QueryText FROM OrleansQuery WHERE QueryKey = 'DeleteStorageKey'", connection))
        {
            deleteQuery = (string)(await lookup.ExecuteScalarAsync())!;
        }

        await using var command = new NpgsqlCommand(deleteQuery, connection);
        await using (var row = new NpgsqlCommand(
            "SELECT grain_id_hash, grain_type_hash, grain_id_n0, grain_id_n1, grain_type, service_id " +
            "FROM orleans_grain_state WHERE grain_id_extension = $1", connection))
        {
            row.Parameters.AddWithValue(key);
            await using var reader = await row.ExecuteReaderAsync();
            if (!await reader.ReadAsync())
            {
                return null;
            }

            command.Parameters.AddWithValue("GrainIdHash", reader.GetInt32(0));
            command.Parameters.AddWithValue("GrainTypeHash", reader.GetInt32(1));
            command.Parameters.AddWithValue("GrainIdN0", reader.GetInt64(2));
            command.Parameters.AddWithValue("GrainIdN1", reader.GetInt64(3));
            command.Parameters.AddWithValue("GrainTypeString", reader.GetString(4));
            command.Parameters.AddWithValue("ServiceId", reader.GetString(5));
        }

        command.Parameters.AddWithValue("GrainIdExtensionString", key);
        command.Parameters.AddWithValue("GrainStateVersion", version);
        var result = await command.ExecuteScalarAsync();
        return result is null ? null : (int)result;
    }

    private async Task<List<(string Name, long PeriodMs)>> ReadReminderRowsAsync(IPostgresProbeGrain grain)
    {
        await using var dataSource = fixture.Schema.CreateDataSource();
        await using var command = dataSource.CreateCommand(
            "SELECT reminder_name, period_ms FROM orleans_reminder WHERE service_id = $1 AND grain_id = $2 ORDER BY reminder_name");
        command.Parameters.AddWithValue(fixture.Cluster.Options.ServiceId);
        command.Parameters.AddWithValue(grain.GetGrainId().ToString());
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, long)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        return rows;
    }
}
