using Vigil.Core.Statistics.Counting;
using Vigil.Core.Statistics.Model;

namespace Vigil.Core.Statistics.Reporting;

/// <summary>Turns tallies into the published figures of a year.</summary>
public static class ReportBuilder
{
    /// <summary>Earliest and latest year a report may ask for.</summary>
    public const int MinYear = 1990;
    public const int MaxYear = 9999;

    public static StatisticsReport Build(StatisticsTallies tallies, int year, bool comparePrevious)
    {
        ArgumentNullException.ThrowIfNull(tallies);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);

        var current = Figures(tallies.Year(year), comparePrevious ? tallies.Year(year - 1) : null);
        var years = comparePrevious ? new[] { Figures(tallies.Year(year - 1), null), current } : [current];
        var trend = tallies.Years.Where(t => t.Year < year).Select(t => Figures(t, null)).Append(current).ToList();
        return new StatisticsReport(year, comparePrevious, years, trend, CountingRules.Statements);
    }

    private static YearFigures Figures(YearTally tally, YearTally? previous)
    {
        var ai = tally.Ai;
        var images = ai.ItemsOfMedia(MediaType.Image);
        var videos = ai.ItemsOfMedia(MediaType.Video);
        var videosA = ai.ByMediaAndCategory[(int)MediaType.Video, (int)Severity.A];
        var imagesGirls = ai.ByMediaAndSex[(int)MediaType.Image, (int)ChildSex.Girls];
        return new YearFigures(
            tally.Year,
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

    private static List<Breakdown> Breakdowns(YearTally tally)
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
