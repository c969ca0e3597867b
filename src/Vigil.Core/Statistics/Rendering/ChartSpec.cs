namespace Vigil.Core.Statistics.Rendering;

/// <summary>What a chart shows: its title, the unit its values count (items or reports), and the counting rule it follows.</summary>
public sealed record ChartSpec(string Title, string Unit, string Rule, IReadOnlyList<string> Labels, IReadOnlyList<ChartSeries> Series);
