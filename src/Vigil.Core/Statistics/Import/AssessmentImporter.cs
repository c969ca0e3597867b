using Vigil.Core.Statistics.Csv;
using Vigil.Core.Statistics.Model;

namespace Vigil.Core.Statistics.Import;

/// <summary>
/// Streams an assessment CSV file into an <see cref="IAssessmentStore"/> in fixed-size batches: memory is one
/// batch plus the first <see cref="MaxReportedErrors"/> errors, whatever the file's size.
/// </summary>
public sealed class AssessmentImporter(IAssessmentStore store)
{
    /// <summary>Rows per store call.</summary>
    public const int BatchSize = 2000;

    /// <summary>Rejected rows listed individually; the rest are only counted.</summary>
    public const int MaxReportedErrors = 1000;

    public async Task<ImportSummary> ImportAsync(Stream csv, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var batch = new List<AssessmentRecord>(BatchSize);
        var errors = new List<ImportRowError>();
        long rows = 0, added = 0, rejected = 0, valid = 0;
        await foreach (var row in AssessmentCsvReader.ReadAsync(csv, cancellationToken))
        {
            rows++;
            if (row.Record is null)
            {
                rejected++;
                if (errors.Count < MaxReportedErrors)
                {
                    errors.Add(new ImportRowError(row.Line, row.Error ?? "malformed row"));
                }

                continue;
            }

            valid++;
            batch.Add(row.Record);
            if (batch.Count == BatchSize)
            {
                added += await store.AddMissingAsync(batch, cancellationToken);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            added += await store.AddMissingAsync(batch, cancellationToken);
        }

        return new ImportSummary(rows, added, valid - added, rejected, errors);
    }
}
