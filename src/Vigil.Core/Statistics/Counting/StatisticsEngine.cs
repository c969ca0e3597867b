namespace Vigil.Core.Statistics.Counting;

/// <summary>
/// Applies <see cref="CountingRules"/> to every stored assessment in one streaming pass. Memory is the per-year
/// counters plus the distinct report ids of AI and non-AI items (reports, not rows); the rows themselves are
/// never held, because the source delivers each item's assessments together and earliest first.
/// </summary>
public static class StatisticsEngine
{
    public static async Task<StatisticsTallies> TallyAsync(IAssessmentSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var tallies = new StatisticsTallies();
        CountableAssessment previous = default;
        var hasPrevious = false;
        YearTally? itemYear = null;
        var itemClass = ItemClass.Ai;

        await foreach (var assessment in source.ReadByContentAsync(cancellationToken))
        {
            tallies.AssessmentsRead++;
            var sameItem = hasPrevious && string.Equals(previous.ContentSha256, assessment.ContentSha256, StringComparison.Ordinal);
            if (hasPrevious && (sameItem
                ? CountingRules.PrecedesForItem(assessment, previous)
                : string.CompareOrdinal(assessment.ContentSha256, previous.ContentSha256) < 0))
            {
                throw new InvalidOperationException(
                    $"The assessment source is not ordered by content, time and id (at assessment {assessment.AssessmentId}).");
            }

            if (!sameItem)
            {
                itemYear = null;
            }

            previous = assessment;
            hasPrevious = true;
            if (!CountingRules.Counts(assessment))
            {
                continue;
            }

            if (itemYear is null)
            {
                // The first counted assessment of the item is its counted assessment (the source's order is the rule's order).
                itemClass = CountingRules.Classify(assessment);
                itemYear = tallies.GetOrAdd(CountingRules.YearOf(assessment));
                itemYear.AddItem(itemClass, assessment);
            }

            itemYear.AddReport(itemClass, assessment.ReportId);
        }

        return tallies;
    }
}
