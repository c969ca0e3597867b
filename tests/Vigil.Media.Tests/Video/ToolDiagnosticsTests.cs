using Vigil.Media.Images;
using Vigil.Media.Video;

namespace Vigil.Media.Tests.Video;

public sealed class ToolDiagnosticsTests
{
    [Fact]
    public async Task DrainAsync_EndlessOutput_KeepsBoundedRecord()
    {
        var diagnostics = new ToolDiagnostics();
        var text = string.Concat(Enumerable.Repeat("[h264 @ 0x1] [error] damaged\n" + new string('x', 5000) + "\r", 2000));

        await diagnostics.DrainAsync(new StringReader(text));

        Assert.Equal(2000, diagnostics.ErrorCount);
        Assert.Equal(16, diagnostics.Errors.Count);
        Assert.Equal(64, diagnostics.Tail.Count());
        Assert.All(diagnostics.Tail, l => Assert.True(l.Length <= ToolDiagnostics.MaxLineLength));
    }

    [Fact]
    public async Task FramesDecoded_FinalStatistics_ReadsVideoCount()
    {
        var diagnostics = new ToolDiagnostics();
        await diagnostics.DrainAsync(new StringReader(
            "[verbose]   Input stream #0:0 (video): 250 packets read (930129 bytes); 249 frames decoded; \n"
            + "[verbose]   Input stream #0:1 (audio): 400 packets read (1000 bytes); 0 frames decoded; \n"));

        Assert.Equal(249, diagnostics.FramesDecoded());
    }

    [Theory]
    [InlineData("[mov,mp4 @ 0x1] [error] moov atom not found", MediaErrorKind.Truncated)]
    [InlineData("[mov,mp4 @ 0x1] [error] stream 0, offset 0x31883: partial file", MediaErrorKind.Truncated)]
    [InlineData("[error] file:x: Invalid data found when processing input", MediaErrorKind.Unsupported)]
    [InlineData("[error] Format mp3 is not on whitelist 'mov'", MediaErrorKind.Unsupported)]
    [InlineData("[error] Error while decoding stream #0:0: Invalid data found when processing input", MediaErrorKind.Corrupt)]
    [InlineData("[h264 @ 0x1] [error] Invalid NAL unit size (3535 > 652).", MediaErrorKind.Corrupt)]
    public void Classify_ErrorLine_Kind(string line, MediaErrorKind kind)
    {
        Assert.Equal(kind, FfmpegErrors.Classify([line]));
    }
}
