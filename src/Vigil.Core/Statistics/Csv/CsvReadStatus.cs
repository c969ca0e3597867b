namespace Vigil.Core.Statistics.Csv;

/// <summary>What <see cref="BoundedCsvReader.ReadAsync"/> found.</summary>
public enum CsvReadStatus
{
    /// <summary>A well-formed record; its fields are in the caller's list.</summary>
    Record,

    /// <summary>A malformed line; <see cref="BoundedCsvReader.Error"/> says why. Reading can go on.</summary>
    Malformed,

    /// <summary>No more input.</summary>
    End,
}
