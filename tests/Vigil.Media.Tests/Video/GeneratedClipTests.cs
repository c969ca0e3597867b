using Vigil.Hashing.Vpdq;

namespace Vigil.Media.Tests.Video;

/// <summary>vPDQ over clips generated at test time: copies match their original, unrelated clips do not.</summary>
[Collection(GeneratedClipsGroup.Name)]
public sealed class GeneratedClipTests(GeneratedClips clips)
{
    [Theory]
    [InlineData("reencoded.mp4")]
    [InlineData("scaled.mp4")]
    [InlineData("trimmed.mp4")]
    [InlineData("vp9.webm")]
    [InlineData("h264.mov")]
    [InlineData("mpeg4.avi")]
    [InlineData("animated.gif")]
    public void Match_CopyOfOriginal_Matches(string copy)
    {
        var result = VpdqMatcher.Match(clips.Hash(copy).Features, clips.Hash("mandelbrot.mp4").Features);

        Assert.True(result.IsMatch, $"{copy}: query {result.QueryMatchPercent:F2} %, target {result.TargetMatchPercent:F2} %");
        Assert.True(result.QueryMatchPercent >= 90, $"{copy}: query {result.QueryMatchPercent:F2} %");
    }

    [Fact]
    public void Match_OriginalAgainstTrimmedCopy_CoversOnlyTheKeptSeconds()
    {
        // 3 of 10 seconds were cut: the trimmed copy is wholly in the original, but only 7 of its 10 seconds in it.
        var result = VpdqMatcher.Match(clips.Hash("mandelbrot.mp4").Features, clips.Hash("trimmed.mp4").Features);

        Assert.InRange(result.QueryMatchPercent, 60, 80);
        Assert.Equal(100, result.TargetMatchPercent);
    }

    [Theory]
    [InlineData("testsrc2.mp4", "mandelbrot.mp4")]
    [InlineData("life.mp4", "mandelbrot.mp4")]
    [InlineData("smptebars.mp4", "mandelbrot.mp4")]
    [InlineData("testsrc2.mp4", "life.mp4")]
    [InlineData("smptebars.mp4", "testsrc2.mp4")]
    public void Match_UnrelatedClips_DoNotMatch(string query, string target)
    {
        var forward = VpdqMatcher.Match(clips.Hash(query).Features, clips.Hash(target).Features);
        var backward = VpdqMatcher.Match(clips.Hash(target).Features, clips.Hash(query).Features);

        Assert.False(forward.IsMatch);
        Assert.False(backward.IsMatch);
        Assert.Equal(0, forward.QueryMatchPercent);
        Assert.Equal(0, backward.QueryMatchPercent);
    }

    [Theory]
    [InlineData("mandelbrot.mp4", "h264", 250, 10)]
    [InlineData("vp9.webm", "vp9", 250, 10)]
    [InlineData("h264.mov", "h264", 250, 10)]
    [InlineData("mpeg4.avi", "mpeg4", 250, 10)]
    [InlineData("animated.gif", "gif", 100, 10)]
    [InlineData("trimmed.mp4", "h264", 175, 7)]
    [InlineData("scaled.mp4", "h264", 250, 10)]
    public void HashAsync_Container_DecodesEveryFrameAndSamplesOnePerSecond(string name, string codec, int frames, int samples)
    {
        var hash = clips.Hash(name);

        Assert.Equal(codec, hash.Info.Codec);
        Assert.Equal(frames, hash.FramesDecoded);
        Assert.Equal(samples, hash.Features.Count);
        Assert.Equal(Enumerable.Range(0, samples).Select(s => (double)s), hash.Features.Select(f => f.Timestamp));
        Assert.InRange(hash.DurationSeconds, samples - 0.1, samples + 0.1);
        Assert.All(hash.Features, f => Assert.InRange(f.Quality, 50, 100));
    }
}
