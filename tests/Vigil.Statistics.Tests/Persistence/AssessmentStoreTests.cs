using Vigil.Core.Statistics.Import;
using Vigil.Core.Statistics.Reporting;
using Vigil.Persistence;
using Vigil.Persistence.Stores;
using Vigil.Statistics.Tests.Support;
using Vigil.TestSupport;

namespace Vigil.Statistics.Tests.Persistence;

public sealed class AssessmentStoreTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportThenReport_SharedAssessments_MatchesExpectedJsonForEveryYear(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = new AssessmentStore(database.ContextFactory);

        var summary = await Reports.ImportAsync(store);

        Assert.Equal(0, summary.Rejected);
        Assert.Equal(summary.Rows, summary.Added);
        var reporter = new StatisticsReporter(store);
        foreach (var year in new[] { 2023, 2024, 2025 })
        {
            await ExpectedJson.AssertMatchesAsync(await reporter.ReportAsync(year, comparePrevious: true));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_SharedFileTwice_SecondChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = new AssessmentStore(database.ContextFactory);
        var first = await Reports.ImportAsync(store);
        var before = await ExpectedJson.RenderAsync(await new StatisticsReporter(store).ReportAsync(2025, comparePrevious: true));

        var second = await Reports.ImportAsync(store);

        Assert.Equal(0, second.Added);
        Assert.Equal(first.Rows, second.AlreadyPresent);
        await using var context = database.CreateContext();
        Assert.Equal(first.Added, context.Assessments.LongCount());
        Assert.Equal(before, await ExpectedJson.RenderAsync(await new StatisticsReporter(store).ReportAsync(2025, comparePrevious: true)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_MalformedRows_ReportedNotStoredNotCounted(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = new AssessmentStore(database.ContextFactory);
        using var csv = SampleCsv.Stream(
            SampleCsv.Header,
            SampleCsv.Row("as-1", "one"),
            SampleCsv.Row("as-2", "two", assessedAt: "2025-13-01T10:00:00Z"),
            SampleCsv.Row("as-3", "three", category: "E"),
            "as-4,r-1,https://example.invalid/x",
            SampleCsv.Row("as-5", "five").Replace(",girls,", ",\"girls,", StringComparison.Ordinal),
            SampleCsv.Row("as-1", "one-again"));

        var summary = await new AssessmentImporter(store).ImportAsync(csv);

        Assert.Equal([3L, 4, 5, 6], summary.Errors.Select(e => e.Line));
        Assert.Equal((1L, 1L, 4L), (summary.Added, summary.AlreadyPresent, summary.Rejected));
        await using var context = database.CreateContext();
        Assert.Equal(["as-1"], context.Assessments.Select(a => a.AssessmentId).ToList());
        var report = await new StatisticsReporter(store).ReportAsync(2025, comparePrevious: false);
        Assert.Equal(1, report.Current.AiItems);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ReadByContentAsync_SupersededAssessment_FlaggedBySql(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = new AssessmentStore(database.ContextFactory);
        await store.AddMissingAsync(
            [Assessments.Record("a1", "x", verified: false), Assessments.Record("a2", "x", supersedes: "a1"), Assessments.Record("a3", "y")],
            CancellationToken.None);

        var rows = new List<Vigil.Core.Statistics.Counting.CountableAssessment>();
        await foreach (var row in store.ReadByContentAsync(CancellationToken.None))
        {
            rows.Add(row);
        }

        Assert.Equal(["a1"], rows.Where(r => r.IsSuperseded).Select(r => r.AssessmentId));
        Assert.Equal(rows.Select(r => r.ContentSha256).Order(StringComparer.Ordinal), rows.Select(r => r.ContentSha256));
        Assert.Equal(Assessments.Sha("y"), rows.Single(r => r.AssessmentId == "a3").ContentSha256);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AddMissingAsync_TwoImportsAtOnce_EachIdStoredOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var batch = Enumerable.Range(0, 500).Select(i => Assessments.Record($"a{i}", $"c{i}")).ToList();

        var added = await Task.WhenAll(
            new AssessmentStore(database.ContextFactory).AddMissingAsync(batch, CancellationToken.None),
            new AssessmentStore(database.ContextFactory).AddMissingAsync(batch, CancellationToken.None));

        Assert.Equal(500, added.Sum());
        await using var context = database.CreateContext();
        Assert.Equal(500, context.Assessments.Count());
    }
}
