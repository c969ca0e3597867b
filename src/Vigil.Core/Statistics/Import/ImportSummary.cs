namespace Vigil.Core.Statistics.Import;

/// <summary>The outcome of one import.</summary>
/// <remarks>
/// <para>Rows: Data lines read (valid or not).</para>
/// <para>Added: Valid rows stored now.</para>
/// <para>AlreadyPresent: Valid rows whose assessment id was stored already (left unchanged).</para>
/// <para>Rejected: Malformed rows, not stored and never counted.</para>
/// <para>Errors: The first <see cref="AssessmentImporter.MaxReportedErrors"/> rejected rows in file order.</para>
/// </remarks>
public sealed record ImportSummary(long Rows, long Added, long AlreadyPresent, long Rejected, IReadOnlyList<ImportRowError> Errors);
