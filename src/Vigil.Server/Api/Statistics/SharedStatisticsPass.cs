using Vigil.Core.Statistics.Counting;
using Vigil.Core.Statistics.Reporting;

namespace Vigil.Server.Api.Statistics;

/// <summary>
/// Serves the API and the dashboard with the same code as <c>vigil report</c> (<see cref="StatisticsEngine"/> over the
/// store, then <see cref="ReportBuilder"/>), but lets requests that arrive while a counting pass is running share
/// that pass instead of each starting its own full scan: with a million assessments a pass costs seconds of CPU,
/// and a dashboard opened by many analysts at once must not multiply that. Nothing is kept after a pass ends, so
/// every request sees the store as it was when the pass it joined began (the database stays the only truth).
/// </summary>
internal sealed class SharedStatisticsPass(IAssessmentSource source)
{
    private readonly Lock _gate = new();
    private Task<StatisticsTallies>? _running;

    public async Task<StatisticsReport> ReportAsync(int year, bool comparePrevious, CancellationToken cancellationToken)
    {
        Task<StatisticsTallies> pass;
        lock (_gate)
        {
            if (_running is null || _running.IsCompleted)
            {
                // Not tied to the first caller's token: others may be waiting on it. Each caller stops waiting on its own.
                _running = Task.Run(() => StatisticsEngine.TallyAsync(source, CancellationToken.None), CancellationToken.None);
            }

            pass = _running;
        }

        var tallies = await pass.WaitAsync(cancellationToken);
        return ReportBuilder.Build(tallies, year, comparePrevious);
    }
}
