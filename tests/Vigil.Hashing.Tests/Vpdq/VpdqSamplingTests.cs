using System.Globalization;
using Vigil.Hashing.Vpdq;

namespace Vigil.Hashing.Tests.Vpdq;

public sealed class VpdqSamplingTests
{
    [Theory]
    [InlineData(25.0, 1.0, 25)]
    [InlineData(30000.0 / 1001, 1.0, 29)] // truncated, as the reference's static_cast<int>
    [InlineData(60.0, 0.5, 30)]
    [InlineData(0.5, 1.0, 1)] // never zero
    [InlineData(10.0, 2.5, 25)]
    public void FrameInterval_RateAndSeconds_TruncatesAsReference(double fps, double seconds, int expected)
    {
        Assert.Equal(expected, VpdqSampling.FrameInterval(fps, seconds));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void FrameInterval_BadRate_Throws(double fps)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VpdqSampling.FrameInterval(fps));
    }

    [Theory]
    [InlineData(0, 25.0, "0.000")]
    [InlineData(25, 25.0, "1.000")]
    [InlineData(29, 30000.0 / 1001, "0.968")]
    [InlineData(1305, 30000.0 / 1001, "43.543")] // single precision as the reference (double gives 43.544)
    public void Timestamp_FrameAndRate_AsReference(int frame, double fps, string expected)
    {
        Assert.Equal(expected, VpdqSampling.Timestamp(frame, fps).ToString("F3", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void IsSampled_MultiplesOfInterval_AreSampled()
    {
        var sampled = Enumerable.Range(0, 100).Where(n => VpdqSampling.IsSampled(n, 25));

        Assert.Equal([0, 25, 50, 75], sampled);
    }
}
