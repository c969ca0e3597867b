using System.Text;
using Vigil.Media.Video;

namespace Vigil.Media.Tests.Video;

public sealed class ContainerSignatureTests
{
    [Theory]
    [InlineData("\0\0\0\u0020ftypisom\0\0\0\0")]
    [InlineData("\u001a\u0045\u00df\u00a3\0\0\0\0\0\0\0\0")]
    [InlineData("RIFF\0\0\0\0AVI LIST")]
    [InlineData("GIF89a\0\0\0\0\0\0")]
    [InlineData("OggS\0\0\0\0\0\0\0\0")]
    public void IsKnown_ContainerHeader_True(string head)
    {
        Assert.True(ContainerSignature.IsKnown(Encoding.Latin1.GetBytes(head)));
    }

    [Theory]
    [InlineData("This is text, not a video")]
    [InlineData("\u0089PNG\r\n\u001a\n\0\0\0\0")]
    [InlineData("RIFF\0\0\0\0WAVEfmt ")]
    [InlineData("ftyp")]
    [InlineData("")]
    public void IsKnown_OtherData_False(string head)
    {
        Assert.False(ContainerSignature.IsKnown(Encoding.Latin1.GetBytes(head)));
    }
}
