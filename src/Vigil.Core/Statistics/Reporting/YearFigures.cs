namespace Vigil.Core.Statistics.Reporting;

/// <summary>The published figures of one year. Change percentages are null without a comparison or a previous value.</summary>
public sealed record YearFigures(
    int Year,
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
    IReadOnlyList<Breakdown> Breakdowns);
