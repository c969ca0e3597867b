namespace Vigil.Core.Reports;

/// <summary>One report as received: where it came from, the URLs it names and the media it brought.</summary>
public sealed class Report
{
    /// <summary>Maximum length of the reporter's description.</summary>
    public const int DescriptionMaxLength = 4000;

    /// <summary>Maximum URLs in one report.</summary>
    public const int MaxUrls = 100;

    public long Id { get; set; }

    public ReportSource Source { get; set; }

    /// <summary>The reporter's free-text description; content, so never logged.</summary>
    public string? Description { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public SiteType SiteType { get; set; }

    public WebNetwork Network { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code of the hosting country, when known.</summary>
    public string? HostingCountry { get; set; }

    public ReportStatus Status { get; set; } = ReportStatus.Received;

    /// <summary>The submitting principal: <c>user:NAME</c>, <c>apikey:ID</c>, or <c>cli:OSUSER</c> for `vigil intake`.</summary>
    public string SubmittedBy { get; set; } = string.Empty;

    public List<ReportUrl> Urls { get; } = [];

    public List<Sighting> Sightings { get; } = [];
}
