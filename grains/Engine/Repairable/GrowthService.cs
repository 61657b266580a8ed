using System.Collections.Immutable;
using Alms.Twins.Reliability;

namespace Alms.Twins.Engine.Repairable;

/// <summary>Answers a <see cref="GrowthRequest"/>: Crow-AMSAA, the Laplace trend test and, for several systems, Nelson's MCF.</summary>
public static class GrowthService
{
    public static GrowthOutcome Analyse(GrowthRequest request)
    {
        if (request.Confidence is not (> 0 and < 1))
        {
            return new GrowthOutcome(null, CommandError.Invalid("confidence", "must lie strictly between 0 and 1"));
        }

        var single = request.FailureTimes is { IsDefaultOrEmpty: false };
        var several = request.Systems is { IsDefaultOrEmpty: false };
        if (single == several)
        {
            return new GrowthOutcome(null, CommandError.Invalid("failureTimes", "give either failureTimes (one system) or systems (several), not both and not neither"));
        }

        try
        {
            return new GrowthOutcome(single ? OneSystem(request) : SeveralSystems(request), null);
        }
        catch (ArgumentException e)
        {
            return new GrowthOutcome(null, EngineErrors.ToCommandError(e, single ? "failureTimes" : "systems"));
        }
        catch (InvalidOperationException e)
        {
            return new GrowthOutcome(null, CommandError.Invalid(single ? "failureTimes" : "systems", e.Message));
        }
    }

    private static GrowthResponse OneSystem(GrowthRequest request)
    {
        var times = request.FailureTimes!.Value;
        var fit = request.EndTime is { } end ? CrowAmsaa.FitTimeTerminated(times, end) : CrowAmsaa.FitFailureTerminated(times);
        var laplace = request.EndTime is { } t ? LaplaceTrendTest.ForTimeTerminated(times, t) : LaplaceTrendTest.ForFailureTerminated(times);
        return Response(fit, laplace, [], []);
    }

    private static GrowthResponse SeveralSystems(GrowthRequest request)
    {
        var systems = request.Systems!.Value.Select((s, i) => History(s, i)).ToList();
        var fit = CrowAmsaa.FitMultipleSystems(systems);
        var pooled = systems.SelectMany(s => s.EventTimes).Order().ToList();
        var laplace = LaplaceTrendTest.ForTimeTerminated(pooled, systems.Max(s => s.EndTime));
        var mcf = MeanCumulativeFunction.Estimate(systems, request.Confidence);
        var points = mcf.Select(p => new McfEstimate(p.Time, p.Mcf, p.Variance, p.Lower, p.Upper)).ToImmutableArray();
        var powerLaw = mcf.Count >= 2 ? PowerLawMcfFit.Fit(mcf) : null;
        return Response(fit, laplace, points, powerLaw is null ? [] : [new NamedValue("alpha", powerLaw.Alpha), new NamedValue("beta", powerLaw.Beta)]);
    }

    private static RecurrenceHistory History(SystemRecurrences system, int index)
    {
        try
        {
            return new RecurrenceHistory(system.EventTimes.IsDefault ? [] : system.EventTimes, system.EndTime);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"systems[{index}]: {EngineErrors.ToCommandError(e, "eventTimes").Reason}", $"systems[{index}]", e);
        }
    }

    private static GrowthResponse Response(CrowAmsaaFit fit, LaplaceTrendResult laplace, ImmutableArray<McfEstimate> mcf, ImmutableArray<NamedValue> powerLaw) => new(
        fit.Beta,
        fit.Lambda,
        fit.ChiSquareDegreesOfFreedom > 2 ? fit.UnbiasedBeta : null,
        fit.IntensityAtEnd,
        fit.InstantaneousMtbfAtEnd,
        fit.CumulativeMtbfAtEnd,
        fit.EndTime,
        fit.End == ObservationEnd.TimeTerminated ? "time" : "failure",
        fit.FailureCount,
        laplace.Statistic,
        laplace.PValueTwoSided,
        mcf,
        powerLaw);
}
