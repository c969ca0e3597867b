using System.Globalization;
using System.Net;
using System.Text;

namespace Vigil.Core.Statistics.Rendering;

/// <summary>
/// Bar and line charts drawn as inline SVG by Vigil itself (no script, no external resources, so the same markup
/// prints to PDF). Every chart carries its unit on the value axis and in its title, and its counting rule under the legend.
/// </summary>
public static class SvgChart
{
    private const int Width = 760;
    private const int Height = 340;
    private const int Left = 80;
    private const int Right = 20;
    private const int Top = 44;
    private const int Bottom = 96;
    private const int PlotWidth = Width - Left - Right;
    private const int PlotHeight = Height - Top - Bottom;
    private const int Ticks = 5;

    /// <summary>Grouped vertical bars: one group per label, one bar per series.</summary>
    public static string Bars(ChartSpec chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var svg = Begin(chart, out var max);
        var groupWidth = (double)PlotWidth / Math.Max(1, chart.Labels.Count);
        var barWidth = groupWidth * 0.8 / Math.Max(1, chart.Series.Count);
        for (var g = 0; g < chart.Labels.Count; g++)
        {
            var groupLeft = Left + (g * groupWidth) + (groupWidth * 0.1);
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var value = chart.Series[s].Values[g];
                var height = PlotHeight * (double)value / max;
                var x = groupLeft + (s * barWidth);
                var y = Top + PlotHeight - height;
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{barWidth * 0.92:0.#}\" height=\"{height:0.#}\" fill=\"{Escape(chart.Series[s].Colour)}\"><title>{Escape(chart.Series[s].Name)}, {Escape(chart.Labels[g])}: {value} {Escape(chart.Unit)}</title></rect>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (barWidth * 0.46):0.#}\" y=\"{y - 3:0.#}\" text-anchor=\"middle\" font-size=\"9\">{value}</text>");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{groupLeft + (groupWidth * 0.4):0.#}\" y=\"{Top + PlotHeight + 14}\" text-anchor=\"middle\" font-size=\"11\">{Escape(chart.Labels[g])}</text>");
        }

        return End(svg, chart);
    }

    /// <summary>Trend lines: one point per label (e.g. per year), one line per series.</summary>
    public static string Lines(ChartSpec chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var svg = Begin(chart, out var max);
        var step = chart.Labels.Count > 1 ? (double)PlotWidth / (chart.Labels.Count - 1) : 0;
        double XAt(int i) => chart.Labels.Count > 1 ? Left + (i * step) : Left + (PlotWidth / 2.0);
        double YAt(long v) => Top + PlotHeight - (PlotHeight * (double)v / max);
        for (var i = 0; i < chart.Labels.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{XAt(i):0.#}\" y=\"{Top + PlotHeight + 14}\" text-anchor=\"middle\" font-size=\"11\">{Escape(chart.Labels[i])}</text>");
        }

        foreach (var series in chart.Series)
        {
            var points = string.Join(' ', series.Values.Select((v, i) => string.Create(CultureInfo.InvariantCulture, $"{XAt(i):0.#},{YAt(v):0.#}")));
            svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"trend\" fill=\"none\" stroke=\"{Escape(series.Colour)}\" stroke-width=\"2.5\" points=\"{points}\"/>");
            for (var i = 0; i < series.Values.Count; i++)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{XAt(i):0.#}\" cy=\"{YAt(series.Values[i]):0.#}\" r=\"3.5\" fill=\"{Escape(series.Colour)}\"><title>{Escape(series.Name)}, {Escape(chart.Labels[i])}: {series.Values[i]} {Escape(chart.Unit)}</title></circle>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{XAt(i):0.#}\" y=\"{YAt(series.Values[i]) - 7:0.#}\" text-anchor=\"middle\" font-size=\"9\">{series.Values[i]}</text>");
            }
        }

        return End(svg, chart);
    }

    /// <summary>The smallest 1, 2 or 5 times a power of ten that is at least <paramref name="max"/> (at least 1).</summary>
    public static long NiceCeiling(long max)
    {
        if (max <= 1)
        {
            return 1;
        }

        long magnitude = 1;
        while (magnitude <= max / 10)
        {
            magnitude *= 10;
        }

        foreach (var multiple in (ReadOnlySpan<long>)[1, 2, 5, 10])
        {
            if (checked(multiple * magnitude) >= max)
            {
                return multiple * magnitude;
            }
        }

        return checked(10 * magnitude);
    }

    private static StringBuilder Begin(ChartSpec chart, out long max)
    {
        foreach (var series in chart.Series)
        {
            if (series.Values.Count != chart.Labels.Count)
            {
                throw new ArgumentException($"Series '{series.Name}' has {series.Values.Count} values for {chart.Labels.Count} labels.", nameof(chart));
            }
        }

        max = NiceCeiling(chart.Series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max());
        var svg = new StringBuilder(4096);
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" data-unit=\"{Escape(chart.Unit)}\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-label=\"{Escape(chart.Title)} (unit: {Escape(chart.Unit)})\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Escape(chart.Title)} (unit: {Escape(chart.Unit)})</title><desc>{Escape(chart.Rule)}</desc>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"20\" font-size=\"15\" font-weight=\"bold\">{Escape(chart.Title)} ({Escape(chart.Unit)})</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"unit\" transform=\"translate(16 {Top + (PlotHeight / 2)}) rotate(-90)\" text-anchor=\"middle\" font-size=\"11\">Unit: {Escape(chart.Unit)}</text>");
        for (var t = 0; t <= Ticks; t++)
        {
            var y = Top + PlotHeight - (PlotHeight * t / (double)Ticks);
            var value = max * (double)t / Ticks;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Left + PlotWidth}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"#ddd\"/><text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\" font-size=\"10\">{value:0.#}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Left}\" y1=\"{Top}\" y2=\"{Top + PlotHeight}\" stroke=\"#333\"/><line x1=\"{Left}\" x2=\"{Left + PlotWidth}\" y1=\"{Top + PlotHeight}\" y2=\"{Top + PlotHeight}\" stroke=\"#333\"/>");
        return svg;
    }

    private static string End(StringBuilder svg, ChartSpec chart)
    {
        var legendY = Top + PlotHeight + 36;
        var x = Left;
        foreach (var series in chart.Series)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{legendY - 9}\" width=\"10\" height=\"10\" fill=\"{Escape(series.Colour)}\"/><text x=\"{x + 14}\" y=\"{legendY}\" font-size=\"11\">{Escape(series.Name)}</text>");
            x += 24 + (series.Name.Length * 7);
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"rule\" x=\"{Left}\" y=\"{legendY + 20}\" font-size=\"9.5\" fill=\"#444\">Counting rule: {Escape(chart.Rule)}</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
