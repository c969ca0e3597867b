namespace Vigil.Core.Reports;

/// <summary>The kind of site the reported URLs point at (as hotlines count them in annual statistics).</summary>
public enum SiteType
{
    /// <summary>Not yet known.</summary>
    Unknown = 0,
    Website = 1,
    ImageHost = 2,
    FileHost = 3,
    Forum = 4,
    SocialNetwork = 5,
    VideoChannel = 6,
    Chat = 7,
    Blog = 8,
    SearchEngine = 9,
    Other = 10,
}
