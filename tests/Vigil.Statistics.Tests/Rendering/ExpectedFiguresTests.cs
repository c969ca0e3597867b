using Vigil.Statistics.Tests.Support;

namespace Vigil.Statistics.Tests.Rendering;

/// <summary>The engine and renderer alone (in-memory store); the database path is in AssessmentStoreTests.</summary>
public sealed class ExpectedFiguresTests
{
    [Theory]
    [InlineData(2023)]
    [InlineData(2024)]
    [InlineData(2025)]
    public async Task WriteAsync_SharedAssessments_JsonMatchesExpectedJsonForEveryKey(int year) =>
        await ExpectedJson.AssertMatchesAsync(await Reports.SharedReportAsync(year, comparePrevious: true));
}
