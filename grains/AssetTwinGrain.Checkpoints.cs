using System.Collections.Immutable;
using Alms.Twins.Assets;
using Alms.Twins.Engine.Twins;
using Alms.Twins.Fleet;
using Microsoft.Extensions.Logging;

namespace Alms.Twins.Grains;

/// <summary>The twin's derived views (snapshot, health, directory entry) and its write coalescing.</summary>
internal sealed partial class AssetTwinGrain
{
    private AssetSnapshot Snapshot()
    {
        var condition = Twin.Condition;
        var parameters = Parameters(_class);
        return new AssetSnapshot(
            Master: Twin.Master!,
            Stage: Twin.Stage,
            RegisteredAt: Twin.RegisteredAt,
            Metrics: condition.Metrics.ToImmutableDictionary(StringComparer.Ordinal),
            Counters: condition.Counters.ToImmutableDictionary(StringComparer.Ordinal),
            ActiveAlarms: [.. condition.Alarms],
            Health: Assess(parameters),
            Watermarks: condition.Watermarks.ToImmutableDictionary(StringComparer.Ordinal),
            Telemetry: new TelemetryCounts(condition.ReadingsApplied, condition.ReadingsRejected, condition.DuplicatesDropped, condition.LastAppliedAt),
            RecentTransitions: [.. Twin.Transitions],
            Degradation: parameters);
    }

    private HealthAssessment Assess(DegradationParameters parameters)
    {
        var now = clock.UtcNow;
        var installed = Twin.Master!.InstallDate ?? Twin.RegisteredAt;
        var ageDays = Math.Max(0, (now - installed).TotalDays);
        var usage = parameters.UsageCounter is { } counter ? Twin.Condition.Counters.GetValueOrDefault(counter) : 0;
        var usagePerDay = ageDays > 0 ? usage / ageDays : 0;
        return HealthModel.Assess(parameters, new HealthInputs(ageDays, usage, usagePerDay, Twin.Condition.Wear), now);
    }

    private DegradationParameters Parameters(AssetClassDefinition? definition) =>
        Twin.Master?.DegradationOverride ?? definition?.Degradation ?? throw new InvalidOperationException($"class of {AssetId} is not loaded");

    private async Task LoadClassAsync()
    {
        _class = await GrainFactory.GetGrain<IAssetClassGrain>(Twin.Master!.ClassId).GetAsync()
            ?? throw new InvalidOperationException($"asset class '{Twin.Master.ClassId}' of {AssetId} no longer exists");
        _classReadAt = clock.UtcNow;
    }

    private async Task<AssetClassDefinition> CurrentClassAsync()
    {
        if (_class is null || clock.UtcNow - _classReadAt > _options.ClassRefreshInterval)
        {
            await LoadClassAsync();
        }

        return _class!;
    }

    private async Task WriteNowAsync()
    {
        await state.WriteStateAsync();
        instrumentation.Checkpoints.Add(1);
        _stateDirty = false;
        _checkpointTimer?.Dispose();
        _checkpointTimer = null;
    }

    private void MarkStateDirty()
    {
        _stateDirty = true;
        _checkpointTimer ??= this.RegisterGrainTimer(
            static (grain, _) => grain.CheckpointAsync(),
            this,
            new GrainTimerCreationOptions(_options.CheckpointInterval, Timeout.InfiniteTimeSpan) { Interleave = false });
    }

    private void MarkDirectoryDirty()
    {
        _directoryDirty = true;
        _directoryTimer ??= this.RegisterGrainTimer(
            static (grain, _) => grain.FlushDirectoryAsync(),
            this,
            new GrainTimerCreationOptions(_options.DirectoryRefreshInterval, Timeout.InfiniteTimeSpan) { Interleave = false });
    }

    private async Task FlushDirectoryAsync()
    {
        _directoryTimer?.Dispose();
        _directoryTimer = null;
        if (_directoryDirty && Twin.IsRegistered)
        {
            await PublishDirectoryEntryAsync();
        }
    }

    /// <summary>
    /// Sends the twin's entry to its directory partition, unless nothing the directory shows has moved
    /// (health is compared to the tenth of a point, so sensor noise does not cost a call per batch).
    /// </summary>
    private async Task PublishDirectoryEntryAsync()
    {
        _directoryDirty = false;
        var health = Assess(Parameters(_class));
        var entry = new AssetDirectoryEntry(
            AssetId,
            Twin.Master!.ClassId,
            Twin.Master.SitePath,
            Twin.Stage,
            Math.Round(health.HealthIndex, 1),
            health.FailureProbability365Days,
            Twin.Condition.Alarms.Count(a => a.Severity == AlarmSeverity.Warning),
            Twin.Condition.Alarms.Count(a => a.Severity == AlarmSeverity.Critical),
            clock.UtcNow);
        if (_lastPublished is not null && _lastPublished with { UpdatedAt = entry.UpdatedAt, FailureProbability365Days = entry.FailureProbability365Days } == entry)
        {
            return;
        }

        await GrainFactory.GetGrain<IAssetDirectoryGrain>(DirectoryPartitions.For(AssetId)).UpsertAsync(entry);
        _lastPublished = entry;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered asset {AssetId} of class {ClassId} as {Stage}")]
    private partial void LogRegistered(string assetId, string classId, LifecycleStage stage);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telemetry stream of asset {AssetId} reported an error")]
    private partial void LogStreamError(Exception exception, string assetId);
}
