using Alms.Twins.Assets;
using Alms.Twins.Engine.Degradation;

namespace Alms.Twins.Engine.Twins;

/// <summary>The twin's discrete condition state and, with a Markov transition matrix, the expected time to the worst state.</summary>
public static class ConditionStates
{
    /// <summary>1-based state: 1 + the number of wear bands the wear lies above.</summary>
    public static int StateOf(ConditionStateModel model, double wear) =>
        1 + (model.WearBands.IsDefault ? 0 : model.WearBands.Count(upper => wear > upper));

    /// <summary>Expected years from <paramref name="state"/> (1-based) to the worst state; null without transitions.</summary>
    public static double? ExpectedYearsToWorst(ConditionStateModel model, int state)
    {
        if (model.TransitionsPerYear is not { } flat)
        {
            return null;
        }

        var worst = model.StateCount - 1;
        return state - 1 == worst ? 0 : Markov(model, flat).ExpectedPeriodsToReach(worst)[state - 1];
    }

    /// <summary>Checks bands and matrix; returns the field at fault and why, or null.</summary>
    public static CommandError? Validate(ConditionStateModel model, string path)
    {
        if (model.WearBands.IsDefaultOrEmpty)
        {
            return CommandError.Invalid($"{path}.wearBands", "at least one band is needed (two states)");
        }

        for (var i = 0; i < model.WearBands.Length; i++)
        {
            if (model.WearBands[i] is not (> 0 and < 1) || (i > 0 && model.WearBands[i] <= model.WearBands[i - 1]))
            {
                return CommandError.Invalid($"{path}.wearBands[{i}]", "bands are strictly ascending wear limits inside (0, 1)");
            }
        }

        if (model.TransitionsPerYear is not { } flat)
        {
            return null;
        }

        var k = model.StateCount;
        if (flat.Length != k * k)
        {
            return CommandError.Invalid($"{path}.transitionsPerYear", $"needs {k}×{k} = {k * k} probabilities, row by row; got {flat.Length}");
        }

        try
        {
            _ = Markov(model, flat).ExpectedPeriodsToReach(k - 1);
            return null;
        }
        catch (ArgumentException e)
        {
            return CommandError.Invalid($"{path}.transitionsPerYear", EngineErrors.ToCommandError(e, "transitionsPerYear").Reason);
        }
    }

    private static MarkovConditionModel Markov(ConditionStateModel model, IReadOnlyList<double> flat)
    {
        var k = model.StateCount;
        return new MarkovConditionModel([.. Enumerable.Range(0, k).Select(row => (IReadOnlyList<double>)[.. flat.Skip(row * k).Take(k)])]);
    }
}
