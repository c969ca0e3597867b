using Vigil.Hashing.Vpdq;
using Vigil.TestSupport;

namespace Vigil.Hashing.Tests.Vpdq;

public sealed class VpdqTextFormatTests
{
    [Theory]
    [InlineData("pub_mandelbrot.txt")]
    [InlineData("pub_mandelbrot_trim3s.txt")]
    public void Format_ParsedReferenceFile_RoundTripsByteForByte(string name)
    {
        var text = File.ReadAllText(SharedData.PathOf("vpdq", name));

        var features = VpdqTextFormat.Parse(text);

        Assert.Equal(text, VpdqTextFormat.Format(features));
    }

    [Fact]
    public void Parse_ReferenceLine_ReadsEveryField()
    {
        var f = Assert.Single(VpdqTextFormat.Parse("25,87,d92fa3b996e63656725948c38da68919b32cb476dec6e34ba258d6b429442b59,1.000\n"));

        Assert.Equal(25, f.FrameNumber);
        Assert.Equal(87, f.Quality);
        Assert.Equal("d92fa3b996e63656725948c38da68919b32cb476dec6e34ba258d6b429442b59", f.Hash.ToString());
        Assert.Equal(1.0, f.Timestamp);
    }

    [Theory]
    [InlineData("25,87,d92f,1.000", "Line 1")]
    [InlineData("\n-1,87,d92fa3b996e63656725948c38da68919b32cb476dec6e34ba258d6b429442b59,1.000", "Line 2")]
    [InlineData("25,101,d92fa3b996e63656725948c38da68919b32cb476dec6e34ba258d6b429442b59,1.000", "quality")]
    [InlineData("25,87,d92fa3b996e63656725948c38da68919b32cb476dec6e34ba258d6b429442b59", "expected")]
    [InlineData("25,87,d92fa3b996e63656725948c38da68919b32cb476dec6e34ba258d6b429442b59,1.0,extra", "expected")]
    [InlineData("25,87,d92fa3b996e63656725948c38da68919b32cb476dec6e34ba258d6b429442b59,-1", "timestamp")]
    public void Parse_MalformedLine_ThrowsNamingLine(string text, string expectedInMessage)
    {
        var e = Assert.Throws<FormatException>(() => VpdqTextFormat.Parse(text));

        Assert.Contains(expectedInMessage, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OverlongLine_Throws()
    {
        Assert.Throws<FormatException>(() => VpdqTextFormat.Parse(new string('1', VpdqTextFormat.MaxLineLength + 1)));
    }
}
