using Alms.Twins.Silo.Storage;
using Npgsql;

namespace Alms.Twins.Integration.Tests.Postgres;

public sealed class PostgresMigrationTests : IAsyncLifetime
{
    /// <summary>The query keys the Orleans 10.4 ADO.NET clustering, persistence and reminder providers look up.</summary>
    private static readonly string[] OrleansQueryKeys =
    [
        "InsertMembershipVersionKey", "InsertMembershipKey", "UpdateMembershipKey", "UpdateIAmAlivetimeKey",
        "MembershipReadRowKey", "MembershipReadAllKey", "GatewaysQueryKey", "DeleteMembershipTableEntriesKey",
        "CleanupDefunctSiloEntriesKey",
        "WriteToStorageKey", "ReadFromStorageKey", "ClearStorageKey", "DeleteStorageKey",
        "UpsertReminderRowKey", "ReadReminderRowsKey", "ReadReminderRowKey", "ReadRangeRows1Key",
        "ReadRangeRows2Key", "DeleteReminderRowKey", "DeleteReminderRowsKey",
    ];

    private static readonly string[] ExpectedTables =
    [
        "alms_audit_events", "alms_schema_version", "orleans_grain_state", "orleans_membership",
        "orleans_membership_version", "orleans_reminder", "orleansquery",
    ];

    private readonly PostgresTestSchema _schema = new();

    public Task InitializeAsync() => _schema.InitializeAsync();

    public Task DisposeAsync() => _schema.DisposeAsync();

    [Fact]
    public async Task FirstRunAppliesEveryScriptAndSecondRunHasNothingToDo()
    {
        await using var dataSource = _schema.CreateDataSource();
        var migrator = new PostgresMigrator(dataSource);

        var first = await migrator.MigrateAsync();
        var catalogueAfterFirst = await ReadQueryCatalogueAsync(dataSource);
        var second = await migrator.MigrateAsync();

        Assert.Equal(MigrationScript.Embedded.Select(s => s.Name), first.Applied.Select(s => s.Name));
        Assert.False(first.NothingToDo);
        Assert.True(second.NothingToDo);
        Assert.Equal(first.Version, second.Version);
        Assert.Equal(MigrationScript.Embedded.Max(s => s.Version), second.Version);
        Assert.Equal(catalogueAfterFirst, await ReadQueryCatalogueAsync(dataSource));
        Assert.Equal(MigrationScript.Embedded.Count, await CountAsync(dataSource, "SELECT count(*) FROM alms_schema_version"));
    }

    [Fact]
    public async Task MigrationInstallsAllTwentyOrleansQueriesAndTheTables()
    {
        await using var dataSource = _schema.CreateDataSource();
        await new PostgresMigrator(dataSource).MigrateAsync();

        var catalogue = await ReadQueryCatalogueAsync(dataSource);
        Assert.Equal(20, OrleansQueryKeys.Length);
        Assert.All(OrleansQueryKeys, key => Assert.Contains(key, catalogue.Keys));
        Assert.All(catalogue.Values, text => Assert.False(string.IsNullOrWhiteSpace(text)));

        var tables = new List<string>();
        await using (var command = dataSource.CreateCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Equal(ExpectedTables, tables);
    }

    [Fact]
    public async Task ScriptsAreHarmlessWhenRunAgainWithoutTheVersionTable()
    {
        await using var dataSource = _schema.CreateDataSource();
        await new PostgresMigrator(dataSource).MigrateAsync();
        await using (var drop = dataSource.CreateCommand("DROP TABLE alms_schema_version"))
        {
            await drop.ExecuteNonQueryAsync();
        }

        var rerun = await new PostgresMigrator(dataSource).MigrateAsync();

        Assert.Equal(MigrationScript.Embedded.Count, rerun.Applied.Count);
        Assert.Equal(20, await CountAsync(dataSource, "SELECT count(*) FROM OrleansQuery"));
    }

    [Fact]
    public async Task ConcurrentMigrationsOfOneSchemaBothSucceedAndApplyEachScriptOnce()
    {
        await using var dataSource = _schema.CreateDataSource();

        var results = await Task.WhenAll(
            new PostgresMigrator(dataSource).MigrateAsync(),
            new PostgresMigrator(dataSource).MigrateAsync());

        Assert.Equal(MigrationScript.Embedded.Count, results.Sum(r => r.Applied.Count));
        Assert.Contains(results, r => r.NothingToDo);
        Assert.Equal(MigrationScript.Embedded.Count, await CountAsync(dataSource, "SELECT count(*) FROM alms_schema_version"));
    }

    [Fact]
    public async Task LaterScriptsAreAppliedAndAnEditedAppliedScriptIsNotRunAgain()
    {
        await using var dataSource = _schema.CreateDataSource();
        var original = new MigrationScript(1, "0001_counter.sql", "CREATE TABLE counter (n integer); INSERT INTO counter VALUES (1);");
        var edited = original with { Sql = original.Sql + " INSERT INTO counter VALUES (2);" };
        var next = new MigrationScript(2, "0002_counter_label.sql", "ALTER TABLE counter ADD COLUMN label text;");

        await new PostgresMigrator(dataSource, [original]).MigrateAsync();
        var second = await new PostgresMigrator(dataSource, [edited, next]).MigrateAsync();

        Assert.Equal([next.Name], second.Applied.Select(s => s.Name));
        Assert.Equal(2, second.Version);
        Assert.Equal(1, await CountAsync(dataSource, "SELECT count(*) FROM counter"));
        Assert.Equal(1, await CountAsync(dataSource,
            "SELECT count(*) FROM information_schema.columns " +
            "WHERE table_schema = current_schema() AND table_name = 'counter' AND column_name = 'label'"));
    }

    [Fact]
    public async Task MigratingASchemaThatDoesNotExistFailsWithAClearMessage()
    {
        var missing = new NpgsqlConnectionStringBuilder(_schema.ConnectionString)
        {
            SearchPath = "no_such_schema_" + Guid.NewGuid().ToString("N"),
        };
        await using var dataSource = NpgsqlDataSource.Create(missing.ConnectionString);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new PostgresMigrator(dataSource).MigrateAsync());

        Assert.Contains("search_path", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateCommandReportsWhatItDidAndFailsClearlyWithoutAConnectionString()
    {
        var firstOutput = new StringWriter();
        var secondOutput = new StringWriter();
        var missingOutput = new StringWriter();

        var first = await MigrateCommand.RunAsync(_schema.ConnectionString, firstOutput);
        var second = await MigrateCommand.RunAsync(_schema.ConnectionString, secondOutput);
        var missing = await MigrateCommand.RunAsync(null, missingOutput);

        Assert.Equal(MigrateCommand.Succeeded, first);
        Assert.Contains("applied 0001_orleans_membership.sql", firstOutput.ToString(), StringComparison.Ordinal);
        Assert.Equal(MigrateCommand.Succeeded, second);
        Assert.Contains("nothing to do", secondOutput.ToString(), StringComparison.Ordinal);
        Assert.Equal(MigrateCommand.NotConfigured, missing);
        Assert.Contains("ConnectionStrings__AlmsPostgres", missingOutput.ToString(), StringComparison.Ordinal);
    }

    private static async Task<Dictionary<string, string>> ReadQueryCatalogueAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("SELECT QueryKey, QueryText FROM OrleansQuery");
        await using var reader = await command.ExecuteReaderAsync();
        var catalogue = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            catalogue[reader.GetString(0)] = reader.GetString(1);
        }

        return catalogue;
    }

    private static async Task<long> CountAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
