using System.Globalization;
using Vigil.Hashing.Pdq;
using Vigil.Hashing.Vpdq;
using Vigil.TestSupport;

namespace Vigil.Hashing.Tests.Vpdq;

public sealed class VpdqMatcherTests
{
    private static readonly PdqHash A = PdqHash.Parse(new string('0', 64));

    public static TheoryData<string, string, string, string> ExpectedMatches()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var line in File.ReadLines(SharedData.PathOf("vpdq", "expected-matches.tsv")).Skip(1).Where(l => l.Length > 0))
        {
            var f = line.Split('\t');
            data.Add(f[0], f[1], f[2], f[3]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExpectedMatches))]
    public void Match_ReferenceHashFiles_ReproducesReferencePercentages(string query, string target, string queryPercent, string targetPercent)
    {
        var result = VpdqMatcher.Match(Load(query), Load(target));

        Assert.Equal(queryPercent, result.QueryMatchPercent.ToString("F2", CultureInfo.InvariantCulture));
        Assert.Equal(targetPercent, result.TargetMatchPercent.ToString("F2", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Match_DistanceExactlyTolerance_Matches()
    {
        var query = new[] { Feature(A, 100, 0) };
        var target = new[] { Feature(WithBits(31), 100, 0) };

        var result = VpdqMatcher.Match(query, target);

        Assert.Equal(100, result.QueryMatchPercent);
        Assert.True(result.IsMatch);
    }

    [Fact]
    public void Match_DistanceOverTolerance_DoesNotMatch()
    {
        var result = VpdqMatcher.Match([Feature(A, 100, 0)], [Feature(WithBits(32), 100, 0)]);

        Assert.Equal(0, result.QueryMatchPercent);
        Assert.Equal(0, result.TargetMatchPercent);
        Assert.False(result.IsMatch);
    }

    [Fact]
    public void Match_LowQualityFrames_AreIgnored()
    {
        // Query: one good frame that matches, one frame at quality 49 that would not. Only the good one counts.
        var query = new[] { Feature(A, 50, 0), Feature(WithBits(200), 49, 25) };
        var target = new[] { Feature(A, 100, 0) };

        var result = VpdqMatcher.Match(query, target);

        Assert.Equal(100, result.QueryMatchPercent);
        Assert.Equal(100, result.TargetMatchPercent);
    }

    [Fact]
    public void Match_RepeatedHashes_CountOnce()
    {
        // Three identical frames and one unrelated: 1 of 2 unique hashes match, not 3 of 4.
        var query = new[] { Feature(A, 100, 0), Feature(A, 100, 25), Feature(A, 100, 50), Feature(WithBits(128), 100, 75) };
        var target = new[] { Feature(A, 100, 0) };

        var result = VpdqMatcher.Match(query, target);

        Assert.Equal(50, result.QueryMatchPercent);
        Assert.Equal(100, result.TargetMatchPercent);
        Assert.False(result.IsMatch);
    }

    [Fact]
    public void Match_NoFrameLeftAfterQualityFilter_GivesZeroAndNoMatch()
    {
        var result = VpdqMatcher.Match([Feature(A, 10, 0)], [Feature(A, 100, 0)], new VpdqMatchOptions { QueryMatchThresholdPercent = 0 });

        Assert.Equal(new VpdqMatchResult(0, 0, false), result);
    }

    [Fact]
    public void Match_Thresholds_DecideVerdict()
    {
        var query = new[] { Feature(A, 100, 0), Feature(WithBits(128), 100, 25) };
        var target = new[] { Feature(A, 100, 0) };

        Assert.False(VpdqMatcher.Match(query, target).IsMatch);
        Assert.True(VpdqMatcher.Match(query, target, new VpdqMatchOptions { QueryMatchThresholdPercent = 50 }).IsMatch);
        Assert.False(VpdqMatcher.Match(target, query, new VpdqMatchOptions { TargetMatchThresholdPercent = 60 }).IsMatch);
    }

    [Fact]
    public void Validate_OutOfRange_NamesProperty()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => VpdqMatcher.Match([], [], new VpdqMatchOptions { DistanceTolerance = 300 }));

        Assert.Equal(nameof(VpdqMatchOptions.DistanceTolerance), e.ParamName);
    }

    private static IReadOnlyList<VpdqFeature> Load(string video) =>
        VpdqTextFormat.Parse(File.ReadAllText(SharedData.PathOf("vpdq", Path.ChangeExtension(video, ".txt"))));

    private static VpdqFeature Feature(PdqHash hash, int quality, int frame) => new(hash, quality, frame, frame / 25.0);

    // The zero hash with its first n bits set.
    private static PdqHash WithBits(int n)
    {
        var bits = new bool[PdqHash.BitCount];
        bits.AsSpan(0, n).Fill(true);
        return PdqHash.FromBits(bits);
    }
}
