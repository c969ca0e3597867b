using Vigil.Core.Reports;
using Vigil.Core.Statistics.Counting;
using Vigil.Core.Statistics.Model;

namespace Vigil.Statistics.Tests.Support;

/// <summary>Builds assessment records for tests (records only: grading logic is tested without any media).</summary>
public static class Assessments
{
    public static readonly DateTimeOffset Jan2025 = new(2025, 1, 15, 12, 0, 0, TimeSpan.Zero);

    public static AssessmentRecord Record(
        string id,
        string content,
        string report = "r-1",
        DateTimeOffset? at = null,
        MediaType media = MediaType.Image,
        AiStatus ai = AiStatus.Confirmed,
        Severity category = Severity.A,
        ChildSex sex = ChildSex.Girls,
        bool verified = true,
        string? supersedes = null) =>
        new(id, report, "https://example.invalid/" + id, (at ?? Jan2025).AddHours(-1), at ?? Jan2025, Sha(content), media, ai, category, sex,
            AgeBand.Age11To13, SiteType.Forum, WebNetwork.Clear, verified, supersedes);

    /// <summary>A 64-hex-digit stand-in content hash made from a short label.</summary>
    public static string Sha(string label) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(label)));

    public static async Task<StatisticsTallies> TallyAsync(params AssessmentRecord[] records)
    {
        var store = new InMemoryAssessmentStore();
        await store.AddMissingAsync(records, CancellationToken.None);
        return await StatisticsEngine.TallyAsync(store);
    }
}
