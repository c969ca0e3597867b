using Vigil.Core.Statistics.Model;

namespace Vigil.Core.Statistics.Csv;

/// <summary>One data line of an assessment file: either a valid record or the reason it was rejected.</summary>
/// <remarks>
/// <para>Line: 1-based physical line number in the file.</para>
/// </remarks>
public readonly record struct AssessmentCsvRow(long Line, AssessmentRecord? Record, string? Error);
