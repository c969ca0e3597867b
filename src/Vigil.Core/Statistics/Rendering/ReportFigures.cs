using Vigil.Core.Statistics.Reporting;

namespace Vigil.Core.Statistics.Rendering;

/// <summary>The published names of the figures, shared by every renderer so that JSON, CSV and HTML agree.</summary>
public static class ReportFigures
{
    /// <summary>Headline figures in published order; null where a percentage does not exist.</summary>
    public static IEnumerable<(string Key, long? Value)> Headline(PeriodFigures year)
    {
        ArgumentNullException.ThrowIfNull(year);
        yield return ("ai_items", year.AiItems);
        yield return ("ai_images", year.AiImages);
        yield return ("ai_videos", year.AiVideos);
        yield return ("ai_videos_category_a", year.AiVideosCategoryA);
        yield return ("ai_videos_category_a_pct", year.AiVideosCategoryAPct);
        yield return ("ai_girls_pct", year.AiGirlsPct);
        yield return ("ai_images_girls_pct", year.AiImagesGirlsPct);
        yield return ("ai_reports", year.AiReports);
        yield return ("ai_items_change_pct", year.AiItemsChangePct);
        yield return ("ai_videos_change_pct", year.AiVideosChangePct);
        yield return ("ai_reports_change_pct", year.AiReportsChangePct);
        yield return ("non_ai_items", year.NonAiItems);
        yield return ("non_ai_reports", year.NonAiReports);
    }

    /// <summary>The separately reported item counts.</summary>
    public static IEnumerable<(string Key, long Value)> Separate(SeparatelyReported separate)
    {
        ArgumentNullException.ThrowIfNull(separate);
        yield return ("ai_suspected_items", separate.AiSuspectedItems);
        yield return ("ai_non_photographic_items", separate.AiNonPhotographicItems);
        yield return ("ai_not_indecent_items", separate.AiNotIndecentItems);
        yield return ("non_ai_non_photographic_items", separate.NonAiNonPhotographicItems);
        yield return ("non_ai_not_indecent_items", separate.NonAiNotIndecentItems);
    }

    /// <summary>The unit a figure counts, from its name.</summary>
    public static string UnitOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.EndsWith("_pct", StringComparison.Ordinal) ? "percent"
            : key.EndsWith("_reports", StringComparison.Ordinal) ? "reports"
            : "items";
    }
}
