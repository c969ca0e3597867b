namespace Vigil.Core.Statistics.Rendering;

/// <summary>One chart of a statistics report: what it shows (unit and counting rule included) and how it is drawn.</summary>
public sealed record ReportChart(ChartKind Kind, ChartSpec Spec)
{
    /// <summary>The chart as inline SVG markup (Vigil's own, every text escaped).</summary>
    public string ToSvg() => Kind == ChartKind.Lines ? SvgChart.Lines(Spec) : SvgChart.Bars(Spec);
}
