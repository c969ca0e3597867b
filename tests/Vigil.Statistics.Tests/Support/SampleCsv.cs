namespace Vigil.Statistics.Tests.Support;

/// <summary>Small assessment files written by the tests (ids, hashes and example.invalid URLs only).</summary>
public static class SampleCsv
{
    public const string Header = "assessment_id,report_id,url,reported_at,assessed_at,content_sha256,media_type,ai,category,sex,age_band,site_type,network,verified,supersedes";

    public static string Row(string id, string content, string category = "A", string assessedAt = "2025-03-01T10:00:00Z", string report = "r-1") =>
        $"{id},{report},https://example.invalid/{id},2025-03-01T08:00:00Z,{assessedAt},{Assessments.Sha(content)},image,confirmed,{category},girls,11-13,forum,clear,yes,";

    public static MemoryStream Stream(params string[] lines) => new(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));
}
