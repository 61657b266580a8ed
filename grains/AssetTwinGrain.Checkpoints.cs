using Alms.Twins.Assets;
using Alms.Twins.Fleet;
using Microsoft.Extensions.Logging;

namespace Alms.Twins.Grains;

/// <summary>The twin's class cache, directory entry and write coalescing.</summary>
internal sealed partial class AssetTwinGrain
{
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
        var parameters = Parameters(_class);
        var health = Assess(parameters, Inputs(parameters));
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

    [LoggerMessage(Level = LogLevel.Debug, Message = "Registered asset {AssetId} of class {ClassId} as {Stage}")]
    private partial void LogRegistered(string assetId, string classId, LifecycleStage stage);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checkpoint of asset {AssetId} at shutdown failed ({Reason}); its last checkpoint stands")]
    private partial void LogShutdownCheckpointFailed(string assetId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telemetry stream of asset {AssetId} reported an error")]
    private partial void LogStreamError(Exception exception, string assetId);
}
