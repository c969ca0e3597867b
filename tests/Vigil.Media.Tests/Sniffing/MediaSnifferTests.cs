using Vigil.Media.Sniffing;

namespace Vigil.Media.Tests.Sniffing;

public sealed class MediaSnifferTests
{
    [Theory]
    [InlineData("ffd8ffe000104a464946", MediaKind.Image, "jpeg")]
    [InlineData("89504e470d0a1a0a0000", MediaKind.Image, "png")]
    [InlineData("474946383961", MediaKind.Image, "gif")]
    [InlineData("52494646000000005745425056503820", MediaKind.Image, "webp")]
    [InlineData("49492a00", MediaKind.Image, "tiff")]
    [InlineData("0000001c6674797061766966", MediaKind.Image, "avif")]
    [InlineData("00000018667479706865696300", MediaKind.Image, "heif")]
    [InlineData("000000186674797069736f6d", MediaKind.Video, "mp4")]
    [InlineData("00000014667479707174202000", MediaKind.Video, "mov")]
    [InlineData("1a45dfa3", MediaKind.Video, "matroska")]
    [InlineData("52494646000000004156492000", MediaKind.Video, "avi")]
    [InlineData("68656c6c6f", MediaKind.Other, "other")]
    [InlineData("", MediaKind.Other, "other")]
    public void Sniff_MagicBytes_ClassifiesByContentNotName(string hex, MediaKind kind, string format)
    {
        Assert.Equal((kind, format), MediaSniffer.Sniff(Convert.FromHexString(hex)));
    }

    [Theory]
    [InlineData("ffd8ffe000104a464946", "image/jpeg")]
    [InlineData("0000001c6674797061766966", "image/avif")]
    [InlineData("00000014667479707174202000", "video/quicktime")]
    [InlineData("1a45dfa3", "video/webm")]
    [InlineData("52494646000000004156492000", null)]
    [InlineData("68656c6c6f", null)]
    public void AcceptedMimeType_IntakeFormatsOnly_OthersNull(string hex, string? expected)
    {
        Assert.Equal(expected, MediaSniffer.AcceptedMimeType(Convert.FromHexString(hex)));
    }
}
