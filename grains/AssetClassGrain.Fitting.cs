using Alms.Twins.Assets;
using Alms.Twins.Engine.Reliability;
using Alms.Twins.Engine.Reliability.Fitting;
using Alms.Twins.Fleet;
using Alms.Twins.Reliability;

namespace Alms.Twins.Grains;

/// <summary>Fitting the class's life model from what its twins recorded.</summary>
internal sealed partial class AssetClassGrain
{
    private const int HistoryReadsInFlight = 256;

    public async Task<ClassFitOutcome> FitFromFleetAsync(double confidence, string actor, CancellationToken cancellationToken = default)
    {
        if (state.State.Definition is not { } current)
        {
            return new ClassFitOutcome(null, CommandError.NotFound("id", $"no asset class '{this.GetPrimaryKeyString()}' is defined"));
        }

        if (confidence is not (> 0 and < 1))
        {
            return new ClassFitOutcome(null, CommandError.Invalid("confidence", "must lie strictly between 0 and 1"));
        }

        var histories = await ReadHistoriesAsync(current.Id, cancellationToken);
        var (failures, suspensions) = LifeDataOf(histories);
        LifeFit fit;
        try
        {
            fit = LifeDataFitter.Fit(new LifeData(failures, suspensions), LifeFamily.Weibull2);
        }
        catch (ArgumentException e)
        {
            return new ClassFitOutcome(null, CommandError.Conflict("failures", $"the class's twins have recorded too little to fit ({histories.Count} assets, {failures.Count} failures): {e.Message}"));
        }

        var covariance = fit.Covariance is { } c
            ? new ShapeScaleCovariance(c.Variance("beta"), c.Variance("eta"), c["beta", "eta"])
            : null;
        var installed = current with
        {
            Degradation = current.Degradation with
            {
                WeibullShape = fit.Parameter("beta"),
                AgeScaleDays = fit.Parameter("eta"),
                ShapeScaleCovariance = covariance,
            },
            Version = current.Version + 1,
        };
        state.State.Definition = installed;
        await state.WriteStateAsync();
        var result = LifeFitService.ToResult(fit, confidence, []);
        var response = new LifeFitResponse(result, [result], [], "aicc", confidence);
        return new ClassFitOutcome(new ClassFitResponse(response, installed, histories.Count), null);
    }

    /// <summary>
    /// Life data in days: a twin that has failed contributes its age at first failure; one that never failed
    /// is a suspension at its current age (or at decommissioning). Twins not yet in service are left out.
    /// </summary>
    private static (List<double> Failures, List<double> Suspensions) LifeDataOf(IReadOnlyList<AssetLifeHistory> histories)
    {
        var failures = new List<double>();
        var suspensions = new List<double>();
        foreach (var history in histories.Where(h => h.Stage is not (LifecycleStage.Planned or LifecycleStage.Acquired)))
        {
            if (!history.FailureAgesDays.IsDefaultOrEmpty)
            {
                failures.Add(history.FailureAgesDays[0]);
            }
            else if (history.AgeDays > 0)
            {
                suspensions.Add(history.AgeDays);
            }
        }

        return (failures, suspensions);
    }

    private async Task<IReadOnlyList<AssetLifeHistory>> ReadHistoriesAsync(string classId, CancellationToken cancellationToken)
    {
        var partitions = await Task.WhenAll(Enumerable.Range(0, DirectoryPartitions.Count)
            .Select(p => GrainFactory.GetGrain<IAssetDirectoryGrain>(p).QueryAsync(new AssetQuery(ClassId: classId), int.MaxValue)));
        var histories = new List<AssetLifeHistory>();
        foreach (var chunk in partitions.SelectMany(p => p.Items).Chunk(HistoryReadsInFlight))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var read = await Task.WhenAll(chunk.Select(e => GrainFactory.GetGrain<IAssetTwinGrain>(e.Id).GetLifeHistoryAsync()));
            histories.AddRange(read.OfType<AssetLifeHistory>());
        }

        return histories;
    }
}
