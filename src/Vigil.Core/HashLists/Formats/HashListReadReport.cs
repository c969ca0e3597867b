namespace Vigil.Core.HashLists.Formats;

/// <summary>
/// Counts of a read: rows yielded, rows skipped, and the first <see cref="MaxErrorsKept"/> skipped rows with
/// their line numbers. Filled while the reader streams; complete when the enumeration ends.
/// </summary>
public sealed class HashListReadReport
{
    /// <summary>Skipped rows kept in <see cref="Errors"/>; the rest are counted only.</summary>
    public const int MaxErrorsKept = 1000;

    private readonly List<HashListRowError> _errors = [];

    public long GoodRows { get; private set; }

    public long BadRows { get; private set; }

    /// <summary>Rows that were valid but of a kind the format's writer or reader ignores (counted, not errors).</summary>
    public long SkippedRows { get; private set; }

    public IReadOnlyList<HashListRowError> Errors => _errors;

    internal void Good() => GoodRows++;

    internal void Skipped() => SkippedRows++;

    /// <summary>A row the reader counted good was refused by a later check: it becomes a bad row.</summary>
    internal void Demote(long line, string problem)
    {
        GoodRows--;
        Bad(line, problem);
    }

    internal void Bad(long line, string problem)
    {
        BadRows++;
        if (_errors.Count < MaxErrorsKept)
        {
            _errors.Add(new HashListRowError(line, problem));
        }
    }
}
