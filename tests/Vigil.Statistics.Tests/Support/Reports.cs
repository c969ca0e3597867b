using Vigil.Core.Statistics.Import;
using Vigil.Core.Statistics.Reporting;
using Vigil.TestSupport;

namespace Vigil.Statistics.Tests.Support;

/// <summary>Imports ../shared/stats/assessments.csv once into an in-memory store and reports from it.</summary>
public static class Reports
{
    private static readonly Lazy<Task<InMemoryAssessmentStore>> Shared = new(ImportSharedAsync);

    public static Task<InMemoryAssessmentStore> SharedStoreAsync() => Shared.Value;

    public static async Task<StatisticsReport> SharedReportAsync(int year, bool comparePrevious = true) =>
        await new StatisticsReporter(await SharedStoreAsync()).ReportAsync(year, comparePrevious);

    public static async Task<ImportSummary> ImportAsync(IAssessmentStore store)
    {
        await using var file = File.OpenRead(SharedData.PathOf("stats", "assessments.csv"));
        return await new AssessmentImporter(store).ImportAsync(file);
    }

    private static async Task<InMemoryAssessmentStore> ImportSharedAsync()
    {
        var store = new InMemoryAssessmentStore();
        await ImportAsync(store);
        return store;
    }
}
