namespace Vigil.Core.Statistics.Counting;

/// <summary>The tallies of every year present in the store.</summary>
public sealed class StatisticsTallies
{
    private readonly SortedDictionary<int, YearTally> _years = [];

    /// <summary>Years with at least one counted item, ascending.</summary>
    public IEnumerable<YearTally> Years => _years.Values;

    /// <summary>Assessments read.</summary>
    public long AssessmentsRead { get; internal set; }

    /// <summary>The tally of <paramref name="year"/>; an empty one when nothing counted in it.</summary>
    public YearTally Year(int year) => _years.TryGetValue(year, out var tally) ? tally : new YearTally(year);

    internal YearTally GetOrAdd(int year)
    {
        if (!_years.TryGetValue(year, out var tally))
        {
            tally = new YearTally(year);
            _years.Add(year, tally);
        }

        return tally;
    }
}
