using Vigil.Core.Statistics.Counting;

namespace Vigil.Statistics.Tests.Counting;

public sealed class PercentTests
{
    [Theory]
    [InlineData(1, 8, 13)] // 12.5 -> 13: halves round away from zero
    [InlineData(1, 3, 33)]
    [InlineData(2, 3, 67)]
    [InlineData(5, 8, 63)] // 62.5 -> 63
    [InlineData(0, 5, 0)]
    [InlineData(2233, 3443, 65)]
    public void Of_Fraction_RoundsToNearestHalfAwayFromZero(long part, long whole, int expected) =>
        Assert.Equal(expected, Percent.Of(part, whole));

    [Theory]
    [InlineData(3443, 13, 26385)]
    [InlineData(7, 8, -13)] // -12.5 -> -13
    [InlineData(8029, 7043, 14)]
    [InlineData(5, 5, 0)]
    public void Change_TwoYears_RoundedChange(long current, long previous, int expected) =>
        Assert.Equal(expected, Percent.Change(current, previous));

    [Fact]
    public void OfAndChange_ZeroDenominator_Null()
    {
        Assert.Null(Percent.Of(3, 0));
        Assert.Null(Percent.Change(3, 0));
    }
}
