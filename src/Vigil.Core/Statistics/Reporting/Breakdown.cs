namespace Vigil.Core.Statistics.Reporting;

/// <summary>Items of one year broken down by one dimension (category, age_band, sex, media_type, site_type, network).</summary>
public sealed record Breakdown(string Dimension, IReadOnlyList<BreakdownRow> Rows);
