using Alms.Twins.Grains;

namespace Alms.Twins.Integration.Tests.Postgres;

/// <summary>A stored value with the kinds of members real states have: text, numbers, an enum, a list.</summary>
[GenerateSerializer, Alias("alms.tests.ProbeState")]
public sealed class ProbeState
{
    [Id(0)] public string Label { get; set; } = "";
    [Id(1)] public int Counter { get; set; }
    [Id(2)] public ProbeMood Mood { get; set; }
    [Id(3)] public List<double> Readings { get; set; } = [];
}

public enum ProbeMood
{
    Calm,
    Restless,
}

/// <summary>What an activation reports: its state, which activation it is and where it runs.</summary>
[GenerateSerializer, Immutable, Alias("alms.tests.ProbeSnapshot")]
public sealed record ProbeSnapshot(
    [property: Id(0)] ProbeState State,
    [property: Id(1)] bool RecordExists,
    [property: Id(2)] Guid ActivationId,
    [property: Id(3)] string SiloAddress);

/// <summary>Exercises grain storage and reminders through the Orleans runtime.</summary>
[Alias("alms.tests.IPostgresProbeGrain")]
public interface IPostgresProbeGrain : IGrainWithStringKey
{
    [Alias("write")]
    Task WriteAsync(ProbeState state);

    [Alias("read")]
    Task<ProbeSnapshot> ReadAsync();

    [Alias("deactivate")]
    Task DeactivateAsync();

    [Alias("register-reminder")]
    Task RegisterReminderAsync(string name, TimeSpan period);

    [Alias("reminder-names")]
    Task<IReadOnlyList<string>> GetReminderNamesAsync();

    [Alias("unregister-reminder")]
    Task UnregisterReminderAsync(string name);
}

internal sealed class PostgresProbeGrain(
    [PersistentState("probe", StorageNames.Catalog)] IPersistentState<ProbeState> state,
    ILocalSiloDetails silo) : Grain, IPostgresProbeGrain, IRemindable
{
    private readonly Guid _activationId = Guid.NewGuid();

    public async Task WriteAsync(ProbeState newState)
    {
        state.State = newState;
        await state.WriteStateAsync();
    }

    public Task<ProbeSnapshot> ReadAsync() =>
        Task.FromResult(new ProbeSnapshot(state.State, state.RecordExists, _activationId, silo.SiloAddress.ToString()));

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public Task RegisterReminderAsync(string name, TimeSpan period) =>
        this.RegisterOrUpdateReminder(name, dueTime: TimeSpan.FromHours(1), period: period);

    public async Task<IReadOnlyList<string>> GetReminderNamesAsync() =>
        (await this.GetReminders()).Select(reminder => reminder.ReminderName).Order(StringComparer.Ordinal).ToList();

    public async Task UnregisterReminderAsync(string name)
    {
        var reminder = await this.GetReminder(name)
            ?? throw new InvalidOperationException($"No reminder named '{name}' is registered.");
        await this.UnregisterReminder(reminder);
    }

    // The reminders are due an hour out; a test never waits for one to fire.
    public Task ReceiveReminder(string reminderName, TickStatus status) => Task.CompletedTask;
}
