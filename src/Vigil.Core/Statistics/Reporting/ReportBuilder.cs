using Vigil.Core.Statistics.Counting;
using Vigil.Core.Statistics.Model;

namespace Vigil.Core.Statistics.Reporting;

/// <summary>Turns tallies into the published figures of a period (a calendar year by default).</summary>
public static class ReportBuilder
{
    /// <summary>Earliest and latest year a report may ask for.</summary>
    public const int MinYear = 1990;
    public const int MaxYear = 9999;

    /// <summary>The report of a calendar year; the trend is every year before it that has counted items.</summary>
    public static StatisticsReport Build(StatisticsTallies tallies, int year, bool comparePrevious)
    {
        ArgumentNullException.ThrowIfNull(tallies);
        var period = ReportingPeriod.OfYear(year);
        var trend = tallies.Periods.Where(t => t.Period.IsWholeYear && t.Period.Last < period.First).Select(t => t.Period);
        return Build(tallies, period, comparePrevious, [.. trend]);
    }

    /// <summary>
    /// The report of <paramref name="period"/> from tallies that hold it (and its previous period when compared);
    /// <paramref name="trendBefore"/> are the periods drawn before it in the trend, oldest first.
    /// </summary>
    public static StatisticsReport Build(StatisticsTallies tallies, ReportingPeriod period, bool comparePrevious, IReadOnlyList<ReportingPeriod> trendBefore)
    {
        ArgumentNullException.ThrowIfNull(tallies);
        ArgumentNullException.ThrowIfNull(trendBefore);
        var previous = period.Previous();
        var current = Figures(tallies.Of(period), comparePrevious ? tallies.Of(previous) : null);
        var periods = comparePrevious ? new[] { Figures(tallies.Of(previous), null), current } : [current];
        var trend = trendBefore.Select(p => Figures(tallies.Of(p), null)).Append(current).ToList();
        return new StatisticsReport(period, comparePrevious, periods, trend, CountingRules.Statements);
    }

    private static PeriodFigures Figures(PeriodTally tally, PeriodTally? previous)
    {
        var ai = tally.Ai;
        var images = ai.ItemsOfMedia(MediaType.Image);
        var videos = ai.ItemsOfMedia(MediaType.Video);
        var videosA = ai.ByMediaAndCategory[(int)MediaType.Video, (int)Severity.A];
        var imagesGirls = ai.ByMediaAndSex[(int)MediaType.Image, (int)ChildSex.Girls];
        return new PeriodFigures(
            tally.Period,
            ai.Items,
            images,
            videos,
            videosA,
            Percent.Of(videosA, videos),
            Percent.Of(ai.ItemsOfSex(ChildSex.Girls), ai.Items),
            Percent.Of(imagesGirls, images),
            ai.Reports,
            previous is null ? null : Percent.Change(ai.Items, previous.Ai.Items),
            previous is null ? null : Percent.Change(videos, previous.Ai.ItemsOfMedia(MediaType.Video)),
            previous is null ? null : Percent.Change(ai.Reports, previous.Ai.Reports),
            tally.NonAi.Items,
            tally.NonAi.Reports,
            new SeparatelyReported(
                tally.ItemsOf(ItemClass.AiSuspected),
                tally.ItemsOf(ItemClass.AiNonPhotographic),
                tally.ItemsOf(ItemClass.AiNotIndecent),
                tally.ItemsOf(ItemClass.NonAiNonPhotographic),
                tally.ItemsOf(ItemClass.NonAiNotIndecent)),
            Breakdowns(tally));
    }

    private static List<Breakdown> Breakdowns(PeriodTally tally)
    {
        var ai = tally.Ai;
        var non = tally.NonAi;
        Severity[] realistic = [Severity.A, Severity.B, Severity.C];
        return
        [
            Dimension("category", realistic.Select(c => (AssessmentCodes.Categories.Format(c), ai.ItemsOfCategory(c), non.ItemsOfCategory(c))), ai, non),
            Dimension("age_band", Each(AssessmentCodes.AgeBands, b => ai.ByAgeBand[(int)b], b => non.ByAgeBand[(int)b]), ai, non),
            Dimension("sex", Each(AssessmentCodes.Sexes, ai.ItemsOfSex, non.ItemsOfSex), ai, non),
            Dimension("media_type", Each(AssessmentCodes.MediaTypes, ai.ItemsOfMedia, non.ItemsOfMedia), ai, non),
            Dimension("site_type", Each(AssessmentCodes.SiteTypes, s => ai.BySiteType[(int)s], s => non.BySiteType[(int)s]), ai, non),
            Dimension("network", Each(AssessmentCodes.Networks, n => ai.ByNetwork[(int)n], n => non.ByNetwork[(int)n]), ai, non),
        ];
    }

    private static IEnumerable<(string Value, long Ai, long NonAi)> Each<T>(CodeTable<T> codes, Func<T, long> ai, Func<T, long> nonAi)
        where T : struct, Enum =>
        codes.Values.Select(v => (codes.Format(v), ai(v), nonAi(v)));

    private static Breakdown Dimension(string name, IEnumerable<(string Value, long Ai, long NonAi)> rows, MaterialTally ai, MaterialTally nonAi) =>
        new(name, rows.Select(r => new BreakdownRow(r.Value, r.Ai, Percent.Of(r.Ai, ai.Items), r.NonAi, Percent.Of(r.NonAi, nonAi.Items))).ToList());
}
