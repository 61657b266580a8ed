using Alms.Twins.Engine.Reliability;
using Alms.Twins.Engine.Repairable;
using Alms.Twins.Reliability;
using Orleans.Concurrency;

namespace Alms.Twins.Grains;

/// <summary>Runs life-data fits and growth analyses next to the caller; the work is pure engine code.</summary>
[StatelessWorker]
internal sealed class ReliabilityGrain : Grain, IReliabilityGrain
{
    public Task<LifeFitOutcome> FitAsync(LifeFitRequest request) => Task.FromResult(LifeFitService.Fit(request));

    public Task<GrowthOutcome> GrowthAsync(GrowthRequest request) => Task.FromResult(GrowthService.Analyse(request));
}
