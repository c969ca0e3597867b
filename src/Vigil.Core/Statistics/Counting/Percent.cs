namespace Vigil.Core.Statistics.Counting;

/// <summary>
/// Exact integer percentages: the quotient is computed in integers and rounded to the nearest whole number,
/// a remainder of exactly one half rounding away from zero (so 12.5% is 13% and -12.5% is -13%).
/// </summary>
public static class Percent
{
    /// <summary><paramref name="part"/> as a percentage of <paramref name="whole"/>; null when whole is 0.</summary>
    public static int? Of(long part, long whole) => whole == 0 ? null : RoundedQuotient(checked(100 * part), whole);

    /// <summary>The change from <paramref name="previous"/> to <paramref name="current"/>; null when previous is 0.</summary>
    public static int? Change(long current, long previous) =>
        previous == 0 ? null : RoundedQuotient(checked(100 * (current - previous)), previous);

    private static int RoundedQuotient(long numerator, long denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denominator);
        var quotient = Math.DivRem(Math.Abs(numerator), denominator, out var remainder);
        if (remainder >= denominator - remainder)
        {
            quotient++;
        }

        return checked((int)(numerator < 0 ? -quotient : quotient));
    }
}
