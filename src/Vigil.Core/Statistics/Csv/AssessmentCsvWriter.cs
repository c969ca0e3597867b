using System.Globalization;
using Vigil.Core.Statistics.Model;

namespace Vigil.Core.Statistics.Csv;

/// <summary>
/// Writes assessments in the canonical columns of the assessment file (<see cref="AssessmentColumns"/>), the format
/// <see cref="AssessmentCsvReader"/> reads: UTC times to the tick, codes from <see cref="AssessmentCodes"/>, RFC 4180 quoting.
/// </summary>
public static class AssessmentCsvWriter
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    public static async Task WriteAsync(TextWriter output, IAsyncEnumerable<AssessmentRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(records);
        await output.WriteAsync(string.Join(',', AssessmentColumns.Names) + "\n");
        await foreach (var record in records.WithCancellation(cancellationToken))
        {
            await output.WriteAsync(Line(record));
        }
    }

    public static string Line(AssessmentRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        string[] fields =
        [
            record.AssessmentId,
            record.ReportId,
            record.Url,
            Time(record.ReportedAt),
            Time(record.AssessedAt),
            record.ContentSha256,
            AssessmentCodes.MediaTypes.Format(record.MediaType),
            AssessmentCodes.Ai.Format(record.Ai),
            AssessmentCodes.Categories.Format(record.Category),
            AssessmentCodes.Sexes.Format(record.Sex),
            AssessmentCodes.AgeBands.Format(record.AgeBand),
            AssessmentCodes.SiteTypes.Format(record.SiteType),
            AssessmentCodes.Networks.Format(record.Network),
            record.Verified ? "yes" : "no",
            record.Supersedes ?? string.Empty,
        ];
        return string.Join(',', fields.Select(Quote)) + "\n";
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
