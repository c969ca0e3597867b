using Vigil.Core.HashLists;

namespace Vigil.Core.Tests.HashLists;

public sealed class HmaDisableUntilTests
{
    [Fact]
    public void FromTimestamp_MagicValues_ZeroDisablesForeverOneEnables()
    {
        Assert.Equal(HmaDisableUntil.Forever, HmaDisableUntil.FromTimestamp(0));
        Assert.Null(HmaDisableUntil.FromTimestamp(1));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000), HmaDisableUntil.FromTimestamp(1_800_000_000));
        Assert.Throws<ArgumentOutOfRangeException>(() => HmaDisableUntil.FromTimestamp(-1));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(2L)]
    [InlineData(1_800_000_000L)]
    public void ToTimestamp_StoredValue_RoundTripsHmaTimestamp(long timestamp)
    {
        Assert.Equal(timestamp, HmaDisableUntil.ToTimestamp(HmaDisableUntil.FromTimestamp(timestamp)));
    }

    [Fact]
    public void ToTimestamp_TimeAtOrBeforeEpochPlusOne_ReadsEnabledNotDisabledForever()
    {
        Assert.Equal(HmaDisableUntil.Enabled, HmaDisableUntil.ToTimestamp(DateTimeOffset.UnixEpoch));
        Assert.Equal(HmaDisableUntil.Enabled, HmaDisableUntil.ToTimestamp(null));
    }
}
