namespace Vigil.Core.Statistics.Csv;

/// <summary>Caps on what the CSV reader accepts; every length read from a file is bounded by one of these.</summary>
/// <remarks>
/// <para>MaxLineLength: Characters in one physical line (without its line break).</para>
/// <para>MaxFieldLength: Characters in one field after unquoting.</para>
/// <para>MaxFields: Fields in one record.</para>
/// </remarks>
public sealed record CsvLimits(int MaxLineLength, int MaxFieldLength, int MaxFields)
{
    /// <summary>Limits for assessment files: a URL may take 2,048 characters, every other field far less.</summary>
    public static CsvLimits Assessments { get; } = new(MaxLineLength: 8192, MaxFieldLength: 2048, MaxFields: 64);
}
