namespace Vigil.Core.Statistics.Rendering;

/// <summary>The formats a statistics report is rendered in.</summary>
public enum ReportFormat
{
    Json,
    Csv,
    Html,
    Pdf,
}
