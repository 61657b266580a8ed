using System.Collections.Immutable;
using System.Text.Json;
using Alms.Twins.Assets;
using Alms.Twins.Audit;
using Alms.Twins.Engine.Twins;
using Alms.Twins.Fleet;
using Alms.Twins.Grains.Audit;
using Alms.Twins.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Streams;
using Orleans.Streams.Core;

namespace Alms.Twins.Grains;

/// <summary>
/// The live twin of one asset. Commands (register, transition) are validated by the engine's rules,
/// audited and written before they are acknowledged; telemetry changes the condition in memory and is
/// checkpointed by a one-shot timer at most once per <see cref="TwinOptions.CheckpointInterval"/> and on
/// deactivation. Idle twins hold no timers.
/// </summary>
[ImplicitStreamSubscription(TelemetryStreams.Namespace)]
internal sealed partial class AssetTwinGrain(
    [PersistentState("twin", StorageNames.Twins)] IPersistentState<AssetTwinState> state,
    IAuditLog auditLog,
    AlmsClock clock,
    IOptions<TwinOptions> options,
    AlmsInstrumentation instrumentation,
    ILogger<AssetTwinGrain> logger)
    : Grain, IAssetTwinGrain, IStreamSubscriptionObserver, IAsyncObserver<TelemetryBatch>
{
    private static readonly IHealthModel HealthModel = WeibullWearHealthModel.Instance;

    private readonly TwinOptions _options = options.Value;
    private AssetClassDefinition? _class;
    private DateTimeOffset _classReadAt;
    private bool _stateDirty;
    private bool _directoryDirty;
    private IGrainTimer? _checkpointTimer;
    private IGrainTimer? _directoryTimer;
    private AssetDirectoryEntry? _lastPublished;

    private AssetTwinState Twin => state.State;

    private string AssetId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        instrumentation.TwinsActive.Add(1);
        if (Twin.IsRegistered)
        {
            await LoadClassAsync();

            // Re-announce after a restart: the directory may have missed the last change before a crash.
            MarkDirectoryDirty();
        }
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        instrumentation.TwinsActive.Add(-1);
        var shuttingDown = reason.ReasonCode == DeactivationReasonCode.ShuttingDown;
        try
        {
            await CheckpointAsync();
        }
        catch (Exception exception) when (shuttingDown)
        {
            // The storage may already be gone while a silo shuts down; the last timer checkpoint stands.
            LogShutdownCheckpointFailed(AssetId, exception.Message);
        }

        // At shutdown the directory partitions are leaving too; the twin re-announces itself when it next activates.
        if (!shuttingDown)
        {
            await FlushDirectoryAsync();
        }
    }

    public async Task<AssetCommandResult> RegisterAsync(AssetRegistration registration, CancellationToken cancellationToken = default)
    {
        if (registration.Id != AssetId)
        {
            return AssetCommandResult.Fail(CommandError.Invalid("id", $"does not match the addressed asset {AssetId}"));
        }

        if (DefinitionRules.ValidateRegistration(registration) is { } invalid)
        {
            return AssetCommandResult.Fail(invalid);
        }

        if (Twin.IsRegistered)
        {
            return Twin.Master == registration
                ? AssetCommandResult.Ok(Snapshot())
                : AssetCommandResult.Fail(CommandError.Conflict("id", $"asset {AssetId} is already registered with different master data"));
        }

        var definition = await GrainFactory.GetGrain<IAssetClassGrain>(registration.ClassId).GetAsync();
        if (definition is null)
        {
            return AssetCommandResult.Fail(CommandError.Invalid("classId", $"unknown asset class '{registration.ClassId}'"));
        }

        if (registration.DegradationOverride is { } overridden
            && DefinitionRules.ValidateDegradation(definition, overridden, "degradationOverride") is { } badOverride)
        {
            return AssetCommandResult.Fail(badOverride);
        }

        var now = clock.UtcNow;
        await auditLog.AppendAsync(new AuditEvent(AssetId, "registered", registration.Actor, now, JsonSerializer.Serialize(registration)), cancellationToken);
        Twin.Master = registration;
        Twin.Stage = registration.InitialStage;
        Twin.RegisteredAt = now;
        _class = definition;
        _classReadAt = now;
        await WriteNowAsync();
        await PublishDirectoryEntryAsync();
        LogRegistered(AssetId, registration.ClassId, registration.InitialStage);
        return AssetCommandResult.Ok(Snapshot(), created: true);
    }

    public Task<AssetSnapshot?> GetSnapshotAsync() => Task.FromResult(Twin.IsRegistered ? Snapshot() : null);

    public async Task<AssetCommandResult> TransitionAsync(TransitionRequest request, CancellationToken cancellationToken = default)
    {
        if (!Twin.IsRegistered)
        {
            return AssetCommandResult.Fail(CommandError.NotFound("id", $"no asset {AssetId} is registered"));
        }

        if (request.RequestId is { } requestId && Twin.Transitions.Exists(t => t.RequestId == requestId))
        {
            return AssetCommandResult.Ok(Snapshot());
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            return AssetCommandResult.Fail(CommandError.Invalid("reason", "a transition needs a reason"));
        }

        if (string.IsNullOrWhiteSpace(request.Actor))
        {
            return AssetCommandResult.Fail(CommandError.Invalid("actor", "a transition needs an actor"));
        }

        var from = Twin.Stage;
        if (!LifecycleRules.CanTransition(from, request.To))
        {
            var allowed = LifecycleRules.NextStages(from);
            var choices = allowed.Count == 0 ? "none, the stage is final" : string.Join(", ", allowed);
            return AssetCommandResult.Fail(CommandError.Conflict("to", $"cannot move from {from} to {request.To}; allowed from {from}: {choices}"));
        }

        var transition = new LifecycleTransition(from, request.To, request.Reason, request.Actor, clock.UtcNow, request.RequestId);
        await auditLog.AppendAsync(new AuditEvent(AssetId, "transition", request.Actor, transition.At, JsonSerializer.Serialize(transition)), cancellationToken);
        RecordLifeEvent(from, request.To, transition.At);
        Twin.Stage = request.To;
        Twin.Transitions.Add(transition);
        if (Twin.Transitions.Count > AssetTwinState.TransitionsKept)
        {
            Twin.Transitions.RemoveAt(0);
        }

        await WriteNowAsync();
        await PublishDirectoryEntryAsync();
        return AssetCommandResult.Ok(Snapshot());
    }

    public Task<FailureProbability?> GetFailureProbabilityAsync(double horizonDays)
    {
        if (!double.IsFinite(horizonDays) || horizonDays < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(horizonDays), horizonDays, "a horizon is a finite, non-negative number of days");
        }

        if (!Twin.IsRegistered)
        {
            return Task.FromResult<FailureProbability?>(null);
        }

        var parameters = Parameters(_class);
        var probability = HealthModel.FailureProbability(parameters, Inputs(parameters), horizonDays);
        var (coverage, _) = DataCoverageEvaluator.Evaluate(parameters, Twin.Condition, clock.UtcNow);
        return Task.FromResult<FailureProbability?>(new FailureProbability(horizonDays, probability, coverage, clock.UtcNow));
    }

    public Task<AssetLifeHistory?> GetLifeHistoryAsync() => Task.FromResult(
        Twin.IsRegistered
            ? new AssetLifeHistory(AssetId, [.. Twin.FailureAgesDays], DaysSince(InstalledAt, Twin.EndedAt ?? clock.UtcNow), Twin.Stage)
            : null);

    public async Task<ImmutableArray<AuditEvent>> GetAuditTrailAsync(int limit) =>
        [.. await auditLog.ReadAsync(AssetId, Math.Clamp(limit, 1, 10_000))];

    public async Task<ApplyResult> ApplyTelemetryAsync(TelemetryBatch batch)
    {
        if (!Twin.IsRegistered)
        {
            var rejected = batch.Readings.Select((r, i) => new ReadingRejection(i, AssetId, "assetId", "no asset of this id is registered")).ToImmutableArray();
            instrumentation.ReadingsRejected.Add(rejected.Length);
            return new ApplyResult(0, 0, rejected);
        }

        var definition = await CurrentClassAsync();
        var outcome = TelemetryApplier.Apply(Twin.Condition, definition, Parameters(definition), Twin.Stage, AssetId, batch.Readings);
        instrumentation.ReadingsApplied.Add(outcome.Applied);
        instrumentation.ReadingsRejected.Add(outcome.Rejected.Length);
        instrumentation.DuplicatesDropped.Add(outcome.Duplicates);
        if (outcome.Applied > 0 || outcome.Rejected.Length > 0 || outcome.Duplicates > 0)
        {
            MarkStateDirty();
        }

        if (outcome.Applied > 0)
        {
            MarkDirectoryDirty();
        }

        return new ApplyResult(outcome.Applied, outcome.Duplicates, outcome.Rejected);
    }

    public async Task CheckpointAsync()
    {
        if (_stateDirty)
        {
            await WriteNowAsync();
        }
    }

    Task IStreamSubscriptionObserver.OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        handleFactory.Create<TelemetryBatch>().ResumeAsync(this);

    Task IAsyncObserver<TelemetryBatch>.OnNextAsync(TelemetryBatch item, StreamSequenceToken? token) => ApplyTelemetryAsync(item);

    Task IAsyncObserver<TelemetryBatch>.OnCompletedAsync() => Task.CompletedTask;

    Task IAsyncObserver<TelemetryBatch>.OnErrorAsync(Exception ex)
    {
        LogStreamError(ex, AssetId);
        return Task.CompletedTask;
    }
}
