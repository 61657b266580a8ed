namespace Alms.Twins.Engine.Reliability.Distributions;

/// <summary>
/// e^x − 1 and ln(1 + x) to full double precision near zero. They matter for F(t) = 1 − R(t) early in life and for
/// quantiles of small p (B1 lives). Kahan's corrections are used because MathNet's series version of e^x − 1
/// stops at about 1e−9 relative accuracy.
/// </summary>
internal static class PreciseMath
{
    public static double ExpMinusOne(double x)
    {
        var u = Math.Exp(x);
        if (u == 1.0)
        {
            return x;
        }

        var um1 = u - 1.0;
        return um1 == -1.0 || double.IsInfinity(u) ? um1 : um1 * x / Math.Log(u);
    }

    public static double LogOnePlus(double x)
    {
        var u = 1.0 + x;
        return u == 1.0 ? x : Math.Log(u) * x / (u - 1.0);
    }
}
