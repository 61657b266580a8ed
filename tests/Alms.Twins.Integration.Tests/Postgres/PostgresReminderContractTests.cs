using Alms.Twins.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;

namespace Alms.Twins.Integration.Tests.Postgres;

/// <summary>The Orleans ADO.NET reminder table driven directly against our schema.</summary>
public sealed class PostgresReminderContractTests : IAsyncLifetime
{
    private readonly PostgresTestSchema _schema = new();
    private ServiceProvider? _services;
    private IReminderTable _table = null!;

    public async Task InitializeAsync()
    {
        await _schema.InitializeMigratedAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.Configure<ClusterOptions>(options =>
        {
            options.ClusterId = "reminder-tests";
            options.ServiceId = "reminders-" + Guid.NewGuid().ToString("N");
        });
        services.UseAdoNetReminderService(options => options.Configure(o =>
        {
            o.Invariant = PostgresSiloExtensions.AdoNetInvariant;
            o.ConnectionString = _schema.ConnectionString;
        }));
        _services = services.BuildServiceProvider();
        _table = _services.GetRequiredService<IReminderTable>();
        await _table.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await _schema.DisposeAsync();
    }

    [Fact]
    public async Task UpsertBumpsTheEtagAndDeleteNeedsTheCurrentOne()
    {
        var grain = GrainId.Create("reminder-probe", "pump-1");
        var entry = Reminder(grain, "inspection", TimeSpan.FromMinutes(1));

        var firstEtag = await _table.UpsertRow(entry);
        entry.Period = TimeSpan.FromDays(30);
        var secondEtag = await _table.UpsertRow(entry);
        var stored = await _table.ReadRow(grain, "inspection");

        Assert.NotEqual(firstEtag, secondEtag);
        Assert.NotNull(stored);
        Assert.Equal(secondEtag, stored.ETag);
        Assert.Equal(TimeSpan.FromDays(30), stored.Period);
        Assert.Equal(entry.StartAt, stored.StartAt);
        Assert.Equal(grain, stored.GrainId);

        Assert.False(await _table.RemoveRow(grain, "inspection", firstEtag!));
        Assert.True(await _table.RemoveRow(grain, "inspection", secondEtag!));
        Assert.Null(await _table.ReadRow(grain, "inspection"));
    }

    [Fact]
    public async Task ReadRowsByGrainReturnsThatGrainsRemindersOnly()
    {
        var pump = GrainId.Create("reminder-probe", "pump-2");
        var fan = GrainId.Create("reminder-probe", "fan-2");
        await _table.UpsertRow(Reminder(pump, "a", TimeSpan.FromMinutes(1)));
        await _table.UpsertRow(Reminder(pump, "b", TimeSpan.FromMinutes(5)));
        await _table.UpsertRow(Reminder(fan, "a", TimeSpan.FromMinutes(1)));

        var rows = await _table.ReadRows(pump);

        Assert.Equal(["a", "b"], rows.Reminders.Select(r => r.ReminderName).Order(StringComparer.Ordinal));
        Assert.All(rows.Reminders, r => Assert.Equal(pump, r.GrainId));
    }

    [Theory]
    [InlineData(0x20000000u, 0x60000000u)] // inside the positive half of the signed order
    [InlineData(0x10000000u, 0x90000000u)] // crosses the signed sign boundary
    [InlineData(0x90000000u, 0x10000000u)] // wraps around the ring's end
    [InlineData(0xC0000000u, 0xA0000000u)] // wraps, both ends in the negative half
    [InlineData(0x50000000u, 0x50000000u)] // begin == end: the whole ring
    public async Task RangeReadsReturnExactlyTheRemindersWhoseHashIsInTheRingRange(uint begin, uint end)
    {
        var grains = Enumerable.Range(0, 48).Select(i => GrainId.Create("reminder-range", $"asset-{i}")).ToList();
        foreach (var grain in grains)
        {
            await _table.UpsertRow(Reminder(grain, "range", TimeSpan.FromHours(1)));
        }

        var rows = await _table.ReadRows(begin, end);

        var expected = grains.Where(g => InRingRange(g.GetUniformHashCode(), begin, end)).ToHashSet();
        Assert.Equal(expected, rows.Reminders.Select(r => r.GrainId).ToHashSet());
    }

    [Fact]
    public async Task ClearingTheTableRemovesTheServicesReminders()
    {
        var grain = GrainId.Create("reminder-probe", "pump-3");
        await _table.UpsertRow(Reminder(grain, "a", TimeSpan.FromMinutes(1)));

        await _table.TestOnlyClearTable();

        Assert.Empty((await _table.ReadRows(grain)).Reminders);
    }

    // Orleans ring ranges are (begin, end]; begin >= end wraps past uint.MaxValue.
    private static bool InRingRange(uint hash, uint begin, uint end) =>
        begin < end ? hash > begin && hash <= end : hash > begin || hash <= end;

    private static ReminderEntry Reminder(GrainId grain, string name, TimeSpan period) => new()
    {
        GrainId = grain,
        ReminderName = name,
        StartAt = new DateTime(2026, 6, 1, 8, 0, 0, DateTimeKind.Utc),
        Period = period,
    };
}
