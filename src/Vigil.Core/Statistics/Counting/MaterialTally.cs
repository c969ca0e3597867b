using Vigil.Core.Reports;
using Vigil.Core.Statistics.Model;

namespace Vigil.Core.Statistics.Counting;

/// <summary>Item counts for one kind of material (AI or non-AI) in one year, by every breakdown dimension.</summary>
public sealed class MaterialTally
{
    private readonly HashSet<string> _reports = new(StringComparer.Ordinal);

    public long Items { get; private set; }

    public long Reports => _reports.Count;

    /// <summary>Items by media type (row) and category A, B, C (column).</summary>
    public long[,] ByMediaAndCategory { get; } = new long[2, 3];

    /// <summary>Items by media type (row) and sex (column).</summary>
    public long[,] ByMediaAndSex { get; } = new long[2, Enum.GetValues<ChildSex>().Length];

    public long[] ByAgeBand { get; } = new long[Enum.GetValues<AgeBand>().Length];

    public long[] BySiteType { get; } = new long[Enum.GetValues<SiteType>().Length];

    public long[] ByNetwork { get; } = new long[Enum.GetValues<WebNetwork>().Length];

    internal void AddItem(in CountableAssessment counted)
    {
        Items++;
        ByMediaAndCategory[(int)counted.MediaType, (int)counted.Category]++;
        ByMediaAndSex[(int)counted.MediaType, (int)counted.Sex]++;
        ByAgeBand[(int)counted.AgeBand]++;
        BySiteType[(int)counted.SiteType]++;
        ByNetwork[(int)counted.Network]++;
    }

    internal void AddReport(string reportId) => _reports.Add(reportId);

    public long ItemsOfMedia(MediaType media) => Row(ByMediaAndCategory, (int)media);

    public long ItemsOfCategory(Severity category) =>
        ByMediaAndCategory[0, (int)category] + ByMediaAndCategory[1, (int)category];

    public long ItemsOfSex(ChildSex sex) => ByMediaAndSex[0, (int)sex] + ByMediaAndSex[1, (int)sex];

    private static long Row(long[,] table, int row)
    {
        long sum = 0;
        for (var c = 0; c < table.GetLength(1); c++)
        {
            sum += table[row, c];
        }

        return sum;
    }
}
