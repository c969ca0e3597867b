namespace Vigil.Core.Reports;

/// <summary>Who brought the report to the hotline.</summary>
public enum ReportSource
{
    /// <summary>A member of the public, through the reporting form.</summary>
    Public = 1,

    /// <summary>An online platform, through its API key.</summary>
    Platform = 2,

    /// <summary>The hotline's own analysts searching proactively.</summary>
    Proactive = 3,

    /// <summary>Another hotline (e.g. through an INHOPE-style exchange).</summary>
    PartnerHotline = 4,
}
