namespace Vigil.Core.Statistics.Model;

/// <summary>The codes used for every graded field, in files, storage and reports (one place).</summary>
public static class AssessmentCodes
{
    public static CodeTable<MediaType> MediaTypes { get; } = new("image", "video");

    public static CodeTable<AiStatus> Ai { get; } = new("confirmed", "suspected", "no");

    public static CodeTable<Severity> Categories { get; } = new("A", "B", "C", "NPI", "none");

    public static CodeTable<ChildSex> Sexes { get; } = new("girls", "boys", "both", "unknown");

    public static CodeTable<AgeBand> AgeBands { get; } = new("0-2", "3-6", "7-10", "11-13", "14-15", "16-17", "unknown");

    public static CodeTable<SiteType> SiteTypes { get; } =
        new("website", "forum", "image-host", "file-host", "social-network", "chatbot");

    public static CodeTable<WebNetwork> Networks { get; } = new("clear", "dark");
}
