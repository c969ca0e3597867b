namespace Vigil.Core.Statistics.Csv;

/// <summary>The columns of an assessment file, in the canonical order (any order is accepted on import).</summary>
public static class AssessmentColumns
{
    public const int AssessmentId = 0;
    public const int ReportId = 1;
    public const int Url = 2;
    public const int ReportedAt = 3;
    public const int AssessedAt = 4;
    public const int ContentSha256 = 5;
    public const int MediaType = 6;
    public const int Ai = 7;
    public const int Category = 8;
    public const int Sex = 9;
    public const int AgeBand = 10;
    public const int SiteType = 11;
    public const int Network = 12;
    public const int Verified = 13;
    public const int Supersedes = 14;

    /// <summary>Header names, indexed by the constants above.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "assessment_id", "report_id", "url", "reported_at", "assessed_at", "content_sha256", "media_type", "ai",
        "category", "sex", "age_band", "site_type", "network", "verified", "supersedes",
    ];
}
