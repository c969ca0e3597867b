namespace Vigil.Core.Statistics.Rendering;

/// <summary>One named series of a chart, one value per label, drawn in <paramref name="Colour"/> (a CSS colour we choose).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<long> Values, string Colour);
