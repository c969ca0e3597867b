namespace Vigil.Core.Statistics.Counting;

/// <summary>
/// Applies <see cref="CountingRules"/> to every stored assessment in one streaming pass. The source delivers each
/// item's assessments together (ordered by content hash), so the engine holds one item at a time: its counted
/// assessment so far and the distinct reports it was seen in. Memory is the per-year counters plus the distinct
/// report ids of AI and non-AI items (reports, never rows), whatever the number of assessments.
/// </summary>
public static class StatisticsEngine
{
    public static async Task<StatisticsTallies> TallyAsync(IAssessmentSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var tallies = new StatisticsTallies();
        var item = new ItemAccumulator();
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
    private sealed class ItemAccumulator
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
            if (_hasCounted)
            {
                var itemClass = CountingRules.Classify(_counted);
                var year = tallies.GetOrAdd(CountingRules.YearOf(_counted));
                year.AddItem(itemClass, _counted);
                foreach (var report in _reports)
                {
                    year.AddReport(itemClass, report);
                }
            }

            _reports.Clear();
            _hasCounted = false;
        }
    }
}
