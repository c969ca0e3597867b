using Vigil.Core.Statistics.Counting;
using Vigil.Core.Statistics.Reporting;

namespace Vigil.Server.Api.Statistics;

/// <summary>
/// Serves the API and the dashboard with the same code as <c>vigil report</c> (<see cref="StatisticsEngine"/> over the
/// store, then <see cref="ReportBuilder"/>), but lets requests that arrive while a counting pass is running share
/// that pass instead of each starting its own full scan: with a million assessments a pass costs seconds of CPU,
/// and a dashboard opened by many analysts at once must not multiply that. Year reports share the pass over every
/// year; a period report shares the pass over its own chain of periods. Nothing is kept after a pass ends, so
/// every request sees the store as it was when the pass it joined began (the database stays the only truth).
/// </summary>
internal sealed class SharedStatisticsPass(IAssessmentSource source)
{
    private const string AllYears = "years";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Task<StatisticsTallies>> _running = new(StringComparer.Ordinal);

    public async Task<StatisticsReport> ReportAsync(int year, bool comparePrevious, CancellationToken cancellationToken)
    {
        var tallies = await JoinAsync(AllYears, () => StatisticsEngine.TallyAsync(source, CancellationToken.None), cancellationToken);
        return ReportBuilder.Build(tallies, year, comparePrevious);
    }

    public async Task<StatisticsReport> ReportAsync(ReportingPeriod period, bool comparePrevious, CancellationToken cancellationToken)
    {
        if (period.IsWholeYear)
        {
            return await ReportAsync(period.First.Year, comparePrevious, cancellationToken);
        }

        var chain = period.WithPrevious(StatisticsReporter.PeriodTrendLength);
        var tallies = await JoinAsync(period.Label, () => StatisticsEngine.TallyAsync(source, chain, CancellationToken.None), cancellationToken);
        return ReportBuilder.Build(tallies, period, comparePrevious, chain.Take(chain.Count - 1).ToList());
    }

    private Task<StatisticsTallies> JoinAsync(string key, Func<Task<StatisticsTallies>> count, CancellationToken cancellationToken)
    {
        Task<StatisticsTallies> pass;
        lock (_gate)
        {
            if (!_running.TryGetValue(key, out pass!) || pass.IsCompleted)
            {
                // Not tied to the first caller's token: others may be waiting on it. Each caller stops waiting on its own.
                pass = Task.Run(count, CancellationToken.None);
                _running[key] = pass;
                _ = pass.ContinueWith(_ => Forget(key, pass), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
        }

        return pass.WaitAsync(cancellationToken);
    }

    private void Forget(string key, Task<StatisticsTallies> pass)
    {
        lock (_gate)
        {
            if (_running.TryGetValue(key, out var current) && current == pass)
            {
                _running.Remove(key);
            }
        }
    }
}
