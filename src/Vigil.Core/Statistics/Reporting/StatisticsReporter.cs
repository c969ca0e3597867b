using Vigil.Core.Statistics.Counting;

namespace Vigil.Core.Statistics.Reporting;

/// <summary>Counts the stored assessments (one streaming pass) and builds the report of a year.</summary>
public sealed class StatisticsReporter(IAssessmentSource source)
{
    public async Task<StatisticsReport> ReportAsync(int year, bool comparePrevious, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, ReportBuilder.MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, ReportBuilder.MaxYear);
        var tallies = await StatisticsEngine.TallyAsync(source, cancellationToken);
        return ReportBuilder.Build(tallies, year, comparePrevious);
    }
}
