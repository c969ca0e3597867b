using Vigil.Core.Reports;
using Vigil.Core.Statistics.Counting;
using Vigil.Core.Statistics.Model;
using static Vigil.Statistics.Tests.Support.Assessments;

namespace Vigil.Statistics.Tests.Counting;

public sealed class StatisticsEngineTests
{
    [Fact]
    public async Task TallyAsync_ReSightingInAnotherReport_OneItemTwoReports()
    {
        var tallies = await TallyAsync(Record("a1", "x", report: "r-1"), Record("a2", "x", report: "r-2", at: Jan2025.AddDays(3)));

        Assert.Equal(1, tallies.Year(2025).Ai.Items);
        Assert.Equal(2, tallies.Year(2025).Ai.Reports);
    }

    [Fact]
    public async Task TallyAsync_FirstGradeOverturnedOnVerification_CountsTheVerifiedGradeOnly()
    {
        var tallies = await TallyAsync(
            Record("a1", "x", category: Severity.A, verified: false),
            Record("a2", "x", category: Severity.C, at: Jan2025.AddDays(1), supersedes: "a1"));

        var ai = tallies.Year(2025).Ai;
        Assert.Equal(1, ai.Items);
        Assert.Equal(0, ai.ItemsOfCategory(Severity.A));
        Assert.Equal(1, ai.ItemsOfCategory(Severity.C));
    }

    [Fact]
    public async Task TallyAsync_VerifiedButSuperseded_NotCounted()
    {
        var tallies = await TallyAsync(Record("a1", "x", ai: AiStatus.Confirmed), Record("a2", "x", ai: AiStatus.No, supersedes: "a1", at: Jan2025.AddDays(1)));

        Assert.Equal(0, tallies.Year(2025).Ai.Items);
        Assert.Equal(1, tallies.Year(2025).NonAi.Items);
    }

    [Fact]
    public async Task TallyAsync_SuspectedNonPhotographicNotIndecent_ReportedSeparatelyNotAsAi()
    {
        var tallies = await TallyAsync(
            Record("a1", "s", ai: AiStatus.Suspected),
            Record("a2", "n", category: Severity.NonPhotographic),
            Record("a3", "i", category: Severity.NotIndecent),
            Record("a4", "u", verified: false));

        var year = tallies.Year(2025);
        Assert.Equal(0, year.Ai.Items);
        Assert.Equal(0, year.Ai.Reports);
        Assert.Equal(1, year.ItemsOf(ItemClass.AiSuspected));
        Assert.Equal(1, year.ItemsOf(ItemClass.AiNonPhotographic));
        Assert.Equal(1, year.ItemsOf(ItemClass.AiNotIndecent));
    }

    [Fact]
    public async Task TallyAsync_ItemSeenInTwoYears_CountsInTheYearOfItsFirstCountedAssessment()
    {
        var tallies = await TallyAsync(Record("a1", "x", at: Jan2025.AddYears(-1), verified: false), Record("a2", "x"), Record("a3", "x", at: Jan2025.AddYears(1)));

        Assert.Equal(0, tallies.Year(2024).Ai.Items);
        Assert.Equal(1, tallies.Year(2025).Ai.Items);
        Assert.Equal(0, tallies.Year(2026).Ai.Items);
    }

    [Fact]
    public async Task TallyAsync_SourceOutOfOrder_Throws()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => StatisticsEngine.TallyAsync(new UnorderedSource()));
    }

    private sealed class UnorderedSource : IAssessmentSource
    {
        public async IAsyncEnumerable<CountableAssessment> ReadByContentAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            foreach (var sha in new[] { "b", "a" })
            {
                yield return new CountableAssessment("id-" + sha, "r", Jan2025, sha, MediaType.Image, AiStatus.Confirmed, Severity.A, ChildSex.Girls,
                    AgeBand.Age0To2, SiteType.Forum, WebNetwork.Clear, true, false);
            }
        }
    }
}
