using Vigil.Media.Images;
using Vigil.Media.Video;

namespace Vigil.Media.Tests.Video;

public sealed class VideoProberTests
{
    [Fact]
    public async Task ProbeAsync_ReferenceVideo_ReadsSizeRateAndDuration()
    {
        var info = await new VideoProber().ProbeAsync(ReferenceVideos.Video("pub_mandelbrot_small.mp4"));

        Assert.Equal(new VideoInfo("mov,mp4,m4a,3gp,3g2,mj2", "h264", "yuv420p", 160, 120, 25.0, 10.0), info);
    }

    [Theory]
    [InlineData("""{"streams":[{"width":640,"height":480,"avg_frame_rate":"0/0","r_frame_rate":"30000/1001"}]}""", 30000.0 / 1001)]
    [InlineData("""{"streams":[{"width":640,"height":480,"avg_frame_rate":"25/1","r_frame_rate":"50/1"}]}""", 25.0)]
    public void Parse_FrameRates_AverageElseBase(string json, double expected)
    {
        Assert.Equal(expected, VideoProber.Parse(System.Text.Encoding.UTF8.GetBytes(json), 1 << 24).FrameRate);
    }

    [Theory]
    [InlineData("""{"streams":[]}""", MediaErrorKind.Unsupported)]
    [InlineData("""{"streams":[{"width":0,"height":480,"avg_frame_rate":"25/1"}]}""", MediaErrorKind.Corrupt)]
    [InlineData("""{"streams":[{"width":640,"height":480,"avg_frame_rate":"0/0","r_frame_rate":"0/0"}]}""", MediaErrorKind.Corrupt)]
    [InlineData("""{"streams":[{"width":100000,"height":100000,"avg_frame_rate":"25/1"}]}""", MediaErrorKind.TooManyPixels)]
    [InlineData("""{"streams":[{"width":640,"height":480,"avg_frame_rate":"-5/1"}]}""", MediaErrorKind.Corrupt)]
    [InlineData("""{"streams":[{"wid""", MediaErrorKind.Corrupt)]
    public void Parse_BadProbeOutput_TypedError(string json, MediaErrorKind kind)
    {
        var e = Assert.Throws<MediaDecodeException>(() => VideoProber.Parse(System.Text.Encoding.UTF8.GetBytes(json), 1 << 24));

        Assert.Equal(kind, e.Kind);
    }
}
