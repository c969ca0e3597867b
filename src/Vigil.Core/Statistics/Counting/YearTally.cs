namespace Vigil.Core.Statistics.Counting;

/// <summary>Everything counted for one year.</summary>
public sealed class YearTally(int year)
{
    private readonly long[] _byClass = new long[Enum.GetValues<ItemClass>().Length];

    public int Year { get; } = year;

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
