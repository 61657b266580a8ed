namespace Alms.Twins.Engine.Reliability.Fitting;

/// <summary>
/// Three-parameter Weibull MLE by profiling the location γ over [0, smallest failure): for each γ the (β, η)
/// profile equation is solved exactly, and the profile log-likelihood is maximised in γ by a grid that crowds
/// towards the smallest failure followed by golden-section refinement. If the profile keeps rising up to the
/// smallest failure (β &lt; 1), the likelihood is unbounded there and the model is rejected.
/// </summary>
internal static class WeibullLocationSearch
{
    private const int GridPoints = 40;
    private const double LocationTolerance = 1e-10;

    public static double[] Estimate(LifeData data)
    {
        var ceiling = data.SmallestFailure;
        var grid = Enumerable.Range(0, GridPoints).Select(j => ceiling * (1 - Math.Pow(1 - (double)j / GridPoints, 3))).ToArray();
        var profile = grid.Select(g => Profile(data, g)).ToArray();
        var bestIndex = Array.IndexOf(profile, profile.Max());
        if (bestIndex == GridPoints - 1)
        {
            throw new ArgumentException(
                "data: the weibull3 likelihood grows without bound as gamma approaches the smallest failure time (shape below 1); use weibull2",
                nameof(data));
        }

        var lower = grid[Math.Max(bestIndex - 1, 0)];
        var upper = grid[bestIndex + 1];
        var location = GoldenSectionMaximum(g => Profile(data, g), lower, upper, LocationTolerance * ceiling);
        if (Profile(data, location) < profile[bestIndex])
        {
            location = grid[bestIndex];
        }

        var (beta, eta) = WeibullProfileLikelihood.Solve(data, location);
        return [beta, eta, location];
    }

    private static double Profile(LifeData data, double location)
    {
        var (beta, eta) = WeibullProfileLikelihood.Solve(data, location);
        return LogLikelihood.Evaluate(LifeFamily.Weibull3, [beta, eta, location], data);
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
