namespace Vigil.Core.Statistics.Rendering;

/// <summary>How a chart is drawn by <see cref="SvgChart"/>.</summary>
public enum ChartKind
{
    /// <summary>Grouped vertical bars.</summary>
    Bars,

    /// <summary>Trend lines, one point per label.</summary>
    Lines,
}
