using Vigil.Media.Video;

namespace Vigil.Media.Tests.Video;

public sealed class VideoFrameReaderTests
{
    private static readonly VideoInfo Info = new("mov", "h264", "yuv420p", 1920, 1080, 25, 10);

    [Fact]
    public void Filter_OnePerSecond_SelectsEveryIntervalFrameAtCodedSize()
    {
        Assert.Equal(
            "select=not(mod(n\\,25)),scale=1920:1080:flags=area:in_color_matrix=bt601:in_range=limited,format=rgb24",
            VideoFrameReader.Filter(Info, 25));
    }

    [Theory]
    [InlineData("yuvj420p", ":in_color_matrix=bt601:in_range=full")]
    [InlineData("bgra", "")]
    public void Filter_PixelFormat_RangeAsReference(string pixelFormat, string expected)
    {
        Assert.Equal($"scale=1920:1080:flags=area{expected},format=rgb24", VideoFrameReader.Filter(Info with { PixelFormat = pixelFormat }, 1));
    }

    [Fact]
    public void Arguments_PathLikeOption_PassedAsFileUrlArgument()
    {
        var arguments = new VideoFrameReader().Arguments("/tmp/-y http:x.mp4", Info, 25).ToList();

        var input = arguments.IndexOf("-i");
        Assert.Equal("file:/tmp/-y http:x.mp4", arguments[input + 1]);
        Assert.Equal("file", arguments[arguments.IndexOf("-protocol_whitelist") + 1]);
        Assert.Equal("pipe:1", arguments[^1]);
    }
}
