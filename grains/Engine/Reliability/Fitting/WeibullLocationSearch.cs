namespace Alms.Twins.Engine.Reliability.Fitting;

/// <summary>
/// Finds the three-parameter Weibull location γ in [0, smallest failure) that maximises a criterion of the
/// data shifted by γ: the profile log-likelihood for MLE, the plot's correlation for rank regression. A grid
/// that crowds towards the smallest failure brackets the maximum, golden-section search refines it. If the
/// criterion keeps rising up to the smallest failure (β &lt; 1), no interior optimum exists and the model is
/// rejected.
/// </summary>
internal static class WeibullLocationSearch
{
    private const int GridPoints = 40;
    private const double LocationTolerance = 1e-10;

    /// <summary>Three-parameter Weibull MLE: (β, η) from the profile equation at each γ.</summary>
    public static double[] MaximumLikelihood(LifeData data)
    {
        var location = Maximise(data, g => LogLikelihood.Evaluate(LifeFamily.Weibull3, WithLocation(WeibullProfileLikelihood.Solve(data, g), g), data));
        return WithLocation(WeibullProfileLikelihood.Solve(data, location), location);
    }

    /// <summary>
    /// Three-parameter Weibull rank regression: γ maximises the correlation of the Weibull plot of t − γ, as
    /// Weibull++ does, and (β, η) come from the straight-line fit there.
    /// </summary>
    public static double[] RankRegression(LifeData data, Func<double, (double Beta, double Eta, double Correlation)> fitShifted)
    {
        var location = Maximise(data, g => fitShifted(g).Correlation);
        var (beta, eta, _) = fitShifted(location);
        return [beta, eta, location];
    }

    private static double[] WithLocation((double Beta, double Eta) shape, double location) => [shape.Beta, shape.Eta, location];

    private static double Maximise(LifeData data, Func<double, double> criterion)
    {
        var ceiling = data.SmallestFailure;
        var grid = Enumerable.Range(0, GridPoints).Select(j => ceiling * (1 - Math.Pow(1 - (double)j / GridPoints, 3))).ToArray();
        var values = grid.Select(criterion).ToArray();
        var bestIndex = Array.IndexOf(values, values.Max());
        if (bestIndex == GridPoints - 1)
        {
            throw new ArgumentException(
                "data: the weibull3 fit improves without bound as gamma approaches the smallest failure time (shape below 1); use weibull2",
                nameof(data));
        }

        var lower = grid[Math.Max(bestIndex - 1, 0)];
        var upper = grid[bestIndex + 1];
        var location = GoldenSectionMaximum(criterion, lower, upper, LocationTolerance * ceiling);
        return criterion(location) >= values[bestIndex] ? location : grid[bestIndex];
    }

    private static double GoldenSectionMaximum(Func<double, double> f, double lower, double upper, double tolerance)
    {
        var ratio = (Math.Sqrt(5) - 1) / 2;
        var left = upper - ratio * (upper - lower);
        var right = lower + ratio * (upper - lower);
        double fLeft = f(left), fRight = f(right);
        while (upper - lower > tolerance)
        {
            if (fLeft >= fRight)
            {
                upper = right;
                right = left;
                fRight = fLeft;
                left = upper - ratio * (upper - lower);
                fLeft = f(left);
            }
            else
            {
                lower = left;
                left = right;
                fLeft = fRight;
                right = lower + ratio * (upper - lower);
                fRight = f(right);
            }
        }

        return (lower + upper) / 2;
    }
}
