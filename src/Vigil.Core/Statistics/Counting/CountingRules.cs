using Vigil.Core.Statistics.Model;

namespace Vigil.Core.Statistics.Counting;

/// <summary>
/// The counting rules of every published figure, in one place (docs/statistics.md states the same rules).
/// Figures are quoted in parliaments and the press: change these only together with the docs.
/// </summary>
public static class CountingRules
{
    /// <summary>The rules as printed under every chart and in every report.</summary>
    public static IReadOnlyList<string> Statements { get; } =
    [
        "An item is distinct content (one SHA-256); re-sightings of the same content at other URLs or in other reports count once.",
        "Only verified assessments that no later assessment supersedes count.",
        "An item's counted assessment is its earliest counted assessment (assessed_at, then assessment_id); the item counts in the period (UTC year, or the chosen UTC days) holding that assessment.",
        "AI items: counted assessment has ai = confirmed and category A, B or C. Suspected AI, non-photographic (NPI) and not-indecent items are reported separately.",
        "Non-AI items: ai = no and category A, B or C.",
        "AI reports: distinct reports holding at least one counted assessment of an AI item, in that item's period.",
        "Percentages are rounded to the nearest whole number, halves away from zero; a change is (this period - previous period) / previous period, the previous period being the same number of years, months or days just before.",
    ];

    /// <summary>Whether an assessment counts at all.</summary>
    public static bool Counts(in CountableAssessment assessment) => assessment.Verified && !assessment.IsSuperseded;

    /// <summary>The year an item counts in: the UTC year of its counted assessment's time.</summary>
    public static int YearOf(DateTimeOffset countedAt) => countedAt.UtcDateTime.Year;

    /// <summary>
    /// True when <paramref name="candidate"/> comes before <paramref name="current"/> in the order that picks an
    /// item's counted assessment (earliest assessed_at, then assessment_id ordinal).
    /// </summary>
    public static bool PrecedesForItem(in CountableAssessment candidate, in CountableAssessment current)
    {
        var byTime = candidate.AssessedAt.CompareTo(current.AssessedAt);
        return byTime < 0 || (byTime == 0 && string.CompareOrdinal(candidate.AssessmentId, current.AssessmentId) < 0);
    }

    /// <summary>The class an item is counted in, from its counted assessment.</summary>
    public static ItemClass Classify(in CountableAssessment counted)
    {
        var realistic = counted.Category is Severity.A or Severity.B or Severity.C;
        return counted.Ai switch
        {
            AiStatus.Suspected => ItemClass.AiSuspected,
            AiStatus.Confirmed when realistic => ItemClass.Ai,
            AiStatus.Confirmed when counted.Category == Severity.NonPhotographic => ItemClass.AiNonPhotographic,
            AiStatus.Confirmed => ItemClass.AiNotIndecent,
            _ when realistic => ItemClass.NonAi,
            _ when counted.Category == Severity.NonPhotographic => ItemClass.NonAiNonPhotographic,
            _ => ItemClass.NonAiNotIndecent,
        };
    }
}
