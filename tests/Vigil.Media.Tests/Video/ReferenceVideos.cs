using System.Globalization;
using Vigil.Hashing.Vpdq;
using Vigil.TestSupport;

namespace Vigil.Media.Tests.Video;

/// <summary>Reads ../shared/vpdq: the reference hasher's output per video and the reference matcher's results.</summary>
internal static class ReferenceVideos
{
    public static string Video(string name) => SharedData.PathOf("vpdq", name);

    public static IReadOnlyList<VpdqFeature> ReferenceHashes(string video) =>
        VpdqTextFormat.Parse(File.ReadAllText(SharedData.PathOf("vpdq", Path.ChangeExtension(video, ".txt"))));

    /// <summary>Rows of expected-matches.tsv: query, target, query %, target %.</summary>
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

    public static string Percent(double value) => value.ToString("F2", CultureInfo.InvariantCulture);
}
