using Vigil.Core.Statistics.Reporting;

namespace Vigil.Core.Statistics.Counting;

/// <summary>Everything counted for one reporting period (a year, or the days a report asks for).</summary>
public sealed class PeriodTally(ReportingPeriod period)
{
    private readonly long[] _byClass = new long[Enum.GetValues<ItemClass>().Length];

    public ReportingPeriod Period { get; } = period;

    public MaterialTally Ai { get; } = new();

    public MaterialTally NonAi { get; } = new();

    /// <summary>Items per class, including the separately reported ones.</summary>
    public long ItemsOf(ItemClass itemClass) => _byClass[(int)itemClass];

    internal void AddItem(ItemClass itemClass, in CountableAssessment counted)
    {
        _byClass[(int)itemClass]++;
        MaterialOf(itemClass)?.AddItem(counted);
    }

    internal void AddReport(ItemClass itemClass, string reportId) => MaterialOf(itemClass)?.AddReport(reportId);

    private MaterialTally? MaterialOf(ItemClass itemClass) => itemClass switch
    {
        ItemClass.Ai => Ai,
        ItemClass.NonAi => NonAi,
        _ => null,
    };
}
