using Vigil.Core.Statistics.Counting;
using Vigil.Core.Statistics.Csv;
using Vigil.Core.Statistics.Import;
using Vigil.Statistics.Tests.Support;

namespace Vigil.Statistics.Tests.Import;

public sealed class AssessmentImporterTests
{
    [Fact]
    public async Task ImportAsync_MalformedRows_ReportedWithLineNumbersAndNotCounted()
    {
        using var csv = SampleCsv.Stream(
            SampleCsv.Header,
            SampleCsv.Row("as-1", "one"),
            SampleCsv.Row("as-2", "two", assessedAt: "2025-02-30T10:00:00Z"),
            SampleCsv.Row("as-3", "three", category: "Z"),
            SampleCsv.Row("as-4", "four") + ",extra",
            SampleCsv.Row("as-5", "five").Replace("https://", "\"https://", StringComparison.Ordinal),
            SampleCsv.Row("as-6", "six"));
        var store = new InMemoryAssessmentStore();

        var summary = await new AssessmentImporter(store).ImportAsync(csv);

        Assert.Equal(6, summary.Rows);
        Assert.Equal(2, summary.Added);
        Assert.Equal(4, summary.Rejected);
        Assert.Equal([3L, 4, 5, 6], summary.Errors.Select(e => e.Line));
        Assert.Contains("assessed_at", summary.Errors[0].Reason, StringComparison.Ordinal);
        Assert.Contains("category", summary.Errors[1].Reason, StringComparison.Ordinal);
        Assert.Contains("expected 15 fields, found 16", summary.Errors[2].Reason, StringComparison.Ordinal);
        Assert.Contains("unterminated", summary.Errors[3].Reason, StringComparison.Ordinal);
        var tallies = await StatisticsEngine.TallyAsync(store);
        Assert.Equal(2, tallies.Year(2025).Ai.Items);
    }

    [Fact]
    public async Task ImportAsync_SameFileTwice_SecondImportAddsNothing()
    {
        byte[] file = SampleCsv.Stream(SampleCsv.Header, SampleCsv.Row("as-1", "one"), SampleCsv.Row("as-2", "two")).ToArray();
        var store = new InMemoryAssessmentStore();
        var importer = new AssessmentImporter(store);

        await importer.ImportAsync(new MemoryStream(file));
        var second = await importer.ImportAsync(new MemoryStream(file));

        Assert.Equal(0, second.Added);
        Assert.Equal(2, second.AlreadyPresent);
        Assert.Equal(2, store.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("assessment_id,report_id")]
    [InlineData("assessment_id,assessment_id")]
    public async Task ImportAsync_BadHeader_ThrowsTypedError(string header)
    {
        using var csv = SampleCsv.Stream(header);

        await Assert.ThrowsAsync<AssessmentCsvException>(() => new AssessmentImporter(new InMemoryAssessmentStore()).ImportAsync(csv));
    }

    [Fact]
    public async Task ImportAsync_ColumnsInAnotherOrder_Accepted()
    {
        var columns = SampleCsv.Header.Split(',');
        var values = SampleCsv.Row("as-1", "one").Split(',');
        using var csv = SampleCsv.Stream(string.Join(',', columns.Reverse()), string.Join(',', values.Reverse()));
        var store = new InMemoryAssessmentStore();

        var summary = await new AssessmentImporter(store).ImportAsync(csv);

        Assert.Equal(1, summary.Added);
    }
}
