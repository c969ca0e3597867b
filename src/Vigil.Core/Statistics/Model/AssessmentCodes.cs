using Vigil.Core.Reports;

namespace Vigil.Core.Statistics.Model;

/// <summary>The codes used for every graded field, in files, storage and reports (one place).</summary>
public static class AssessmentCodes
{
    public static CodeTable<MediaType> MediaTypes { get; } = new("image", "video");

    public static CodeTable<AiStatus> Ai { get; } = new("confirmed", "suspected", "no");

    public static CodeTable<Severity> Categories { get; } = new("A", "B", "C", "NPI", "none");

    public static CodeTable<ChildSex> Sexes { get; } = new("girls", "boys", "both", "unknown");

    public static CodeTable<AgeBand> AgeBands { get; } = new("0-2", "3-6", "7-10", "11-13", "14-15", "16-17", "unknown");

    /// <summary>Codes for <see cref="SiteType"/> (shared with intake reports), in the enum's value order 0..11.</summary>
    public static CodeTable<SiteType> SiteTypes { get; } = new(
        "unknown", "website", "image-host", "file-host", "forum", "social-network", "video-channel", "chat", "blog", "search-engine", "other", "chatbot");

    /// <summary>Codes for <see cref="WebNetwork"/> (shared with intake reports), in the enum's value order.</summary>
    public static CodeTable<WebNetwork> Networks { get; } = new("unknown", "clear", "dark");
}
