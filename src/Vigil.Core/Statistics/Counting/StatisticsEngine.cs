using Vigil.Core.Statistics.Reporting;

namespace Vigil.Core.Statistics.Counting;

/// <summary>
/// Applies <see cref="CountingRules"/> to every stored assessment in one streaming pass. The source delivers each
/// item's assessments together (ordered by content hash), so the engine holds one item at a time: its counted
/// assessment so far and the distinct reports it was seen in. Memory is the per-year counters plus the distinct
/// report ids of AI and non-AI items (reports, never rows), whatever the number of assessments.
/// </summary>
public static class StatisticsEngine
{
    /// <summary>Tallies every calendar year that holds a counted item.</summary>
    public static Task<StatisticsTallies> TallyAsync(IAssessmentSource source, CancellationToken cancellationToken = default) =>
        TallyAsync(source, static time => ReportingPeriod.CalendarYear(CountingRules.YearOf(time)), cancellationToken);

    /// <summary>
    /// Tallies the given periods only (they must not overlap): an item counts in the period that holds its counted
    /// assessment, and not at all when none does.
    /// </summary>
    public static Task<StatisticsTallies> TallyAsync(IAssessmentSource source, IReadOnlyList<ReportingPeriod> periods, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var ordered = periods.OrderBy(p => p.First).ToArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            if (ordered[i].First <= ordered[i - 1].Last)
            {
                throw new ArgumentException("Reporting periods must not overlap.", nameof(periods));
            }
        }

        return TallyAsync(source, time => PeriodHolding(ordered, time), cancellationToken);
    }

    private static ReportingPeriod? PeriodHolding(ReportingPeriod[] ordered, DateTimeOffset time)
    {
        // Few periods (a comparison and a trend): a linear scan is as fast as a search.
        foreach (var period in ordered)
        {
            if (period.Contains(time))
            {
                return period;
            }
        }

        return null;
    }

    private static async Task<StatisticsTallies> TallyAsync(IAssessmentSource source, Func<DateTimeOffset, ReportingPeriod?> periodOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var tallies = new StatisticsTallies();
        var item = new ItemAccumulator(periodOf);
        string? currentContent = null;

        await foreach (var assessment in source.ReadByContentAsync(cancellationToken))
        {
            tallies.AssessmentsRead++;
            if (!string.Equals(currentContent, assessment.ContentSha256, StringComparison.Ordinal))
            {
                if (currentContent is not null && string.CompareOrdinal(assessment.ContentSha256, currentContent) < 0)
                {
                    throw new InvalidOperationException(
                        $"The assessment source is not ordered by content (at assessment {assessment.AssessmentId}).");
                }

                item.FlushInto(tallies);
                currentContent = assessment.ContentSha256;
            }

            item.Add(assessment);
        }

        item.FlushInto(tallies);
        return tallies;
    }

    /// <summary>The counted assessments of the item being read.</summary>
    private sealed class ItemAccumulator(Func<DateTimeOffset, ReportingPeriod?> periodOf)
    {
        private readonly HashSet<string> _reports = new(StringComparer.Ordinal);
        private CountableAssessment _counted;
        private bool _hasCounted;

        public void Add(in CountableAssessment assessment)
        {
            if (!CountingRules.Counts(assessment))
            {
                return;
            }

            if (!_hasCounted || CountingRules.PrecedesForItem(assessment, _counted))
            {
                _counted = assessment;
                _hasCounted = true;
            }

            _reports.Add(assessment.ReportId);
        }

        public void FlushInto(StatisticsTallies tallies)
        {
            if (_hasCounted && periodOf(_counted.AssessedAt) is { } period)
            {
                var itemClass = CountingRules.Classify(_counted);
                var tally = tallies.GetOrAdd(period);
                tally.AddItem(itemClass, _counted);
                foreach (var report in _reports)
                {
                    tally.AddReport(itemClass, report);
                }
            }

            _reports.Clear();
            _hasCounted = false;
        }
    }
}
