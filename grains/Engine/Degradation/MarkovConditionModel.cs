using MathNet.Numerics.LinearAlgebra;

namespace Alms.Twins.Engine.Degradation;

/// <summary>
/// Discrete-time Markov deterioration over condition states. The transition matrix is row-stochastic:
/// entry [i][j] is the probability of moving from state i (row = from) to state j in one period. Source
/// tables printed column-stochastic must be transposed before use.
/// </summary>
public sealed class MarkovConditionModel
{
    private const double RowSumTolerance = 1e-9;
    private readonly Matrix<double> _transitions;

    public MarkovConditionModel(IReadOnlyList<IReadOnlyList<double>> transitionMatrix)
    {
        ArgumentNullException.ThrowIfNull(transitionMatrix);
        var n = transitionMatrix.Count;
        if (n == 0)
        {
            throw new ArgumentException("the transition matrix has no states", nameof(transitionMatrix));
        }

        _transitions = Matrix<double>.Build.Dense(n, n);
        for (var i = 0; i < n; i++)
        {
            var row = transitionMatrix[i];
            if (row is null || row.Count != n)
            {
                throw new ArgumentException($"the transition matrix must be square: row {i} has {row?.Count ?? 0} entries, expected {n}", nameof(transitionMatrix));
            }

            for (var j = 0; j < n; j++)
            {
                if (!(row[j] >= 0 && row[j] <= 1))
                {
                    throw new ArgumentException($"transition probability [{i}][{j}] = {row[j]} must be in [0, 1]", nameof(transitionMatrix));
                }

                _transitions[i, j] = row[j];
            }

            var sum = row.Sum();
            if (Math.Abs(sum - 1) > RowSumTolerance)
            {
                throw new ArgumentException($"row {i} of the transition matrix sums to {sum}, not 1 (rows are 'from' states)", nameof(transitionMatrix));
            }
        }
    }

    public int StateCount => _transitions.RowCount;

    /// <summary>
    /// The distribution after <paramref name="periods"/> steps, x₀·Pⁿ. The start vector may hold probabilities
    /// or counts of assets per state; its total is conserved.
    /// </summary>
    public double[] DistributionAfter(IReadOnlyList<double> initial, int periods)
    {
        ArgumentNullException.ThrowIfNull(initial);
        if (initial.Count != StateCount)
        {
            throw new ArgumentException($"has {initial.Count} entries, expected one per state ({StateCount})", nameof(initial));
        }

        if (initial.Any(x => !double.IsFinite(x) || x < 0))
        {
            throw new ArgumentException("entries must be finite and >= 0", nameof(initial));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(periods);
        var state = Vector<double>.Build.Dense([.. initial]);
        for (var step = 0; step < periods; step++)
        {
            state = state * _transitions;
        }

        return state.ToArray();
    }

    /// <summary>
    /// Expected number of periods to first reach <paramref name="targetState"/> from every state (0 for the
    /// target itself), from the first-passage equations m = 1 + Q·m, i.e. (I − Q)·m = 1 with Q the transitions
    /// among the other states. For an absorbing target these are the row sums of the fundamental matrix (I − Q)⁻¹.
    /// </summary>
    public double[] ExpectedPeriodsToReach(int targetState)
    {
        if (targetState < 0 || targetState >= StateCount)
        {
            throw new ArgumentException($"must be a state index in [0, {StateCount - 1}] (was {targetState})", nameof(targetState));
        }

        var others = Enumerable.Range(0, StateCount).Where(s => s != targetState).ToArray();
        var unreachable = others.Where(s => !CanReach(s, targetState)).ToArray();
        if (unreachable.Length > 0)
        {
            throw new ArgumentException($"state(s) {string.Join(", ", unreachable)} can never reach state {targetState}", nameof(targetState));
        }

        var result = new double[StateCount];
        if (others.Length == 0)
        {
            return result;
        }

        var q = Matrix<double>.Build.Dense(others.Length, others.Length, (i, j) => _transitions[others[i], others[j]]);
        var periods = (Matrix<double>.Build.DenseIdentity(others.Length) - q).Solve(Vector<double>.Build.Dense(others.Length, 1.0));
        for (var i = 0; i < others.Length; i++)
        {
            result[others[i]] = periods[i];
        }

        return result;
    }

    private bool CanReach(int from, int target)
    {
        var seen = new bool[StateCount];
        var pending = new Stack<int>([from]);
        while (pending.Count > 0)
        {
            var state = pending.Pop();
            if (state == target)
            {
                return true;
            }

            if (seen[state])
            {
                continue;
            }

            seen[state] = true;
            for (var next = 0; next < StateCount; next++)
            {
                if (_transitions[state, next] > 0 && !seen[next])
                {
                    pending.Push(next);
                }
            }
        }

        return false;
    }
}
