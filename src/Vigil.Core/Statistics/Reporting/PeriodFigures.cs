namespace Vigil.Core.Statistics.Reporting;

/// <summary>The published figures of one period. Change percentages are null without a comparison or a previous value.</summary>
public sealed record PeriodFigures(
    ReportingPeriod Period,
    long AiItems,
    long AiImages,
    long AiVideos,
    long AiVideosCategoryA,
    int? AiVideosCategoryAPct,
    int? AiGirlsPct,
    int? AiImagesGirlsPct,
    long AiReports,
    int? AiItemsChangePct,
    int? AiVideosChangePct,
    int? AiReportsChangePct,
    long NonAiItems,
    long NonAiReports,
    SeparatelyReported SeparatelyReported,
    IReadOnlyList<Breakdown> Breakdowns)
{
    /// <summary>The period's published label (<c>2025</c>, or <c>2025-01-01..2025-03-31</c>).</summary>
    public string Label => Period.Label;
}
