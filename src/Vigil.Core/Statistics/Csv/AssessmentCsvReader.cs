using System.Text;

namespace Vigil.Core.Statistics.Csv;

/// <summary>
/// Streams an assessment CSV file: checks the header once, then yields one <see cref="AssessmentCsvRow"/> per
/// data line, valid or not, so that the caller keeps good rows and reports bad ones with their line numbers.
/// </summary>
public static class AssessmentCsvReader
{
    /// <summary>Reads <paramref name="stream"/> (UTF-8, BOM allowed) to the end.</summary>
    /// <exception cref="AssessmentCsvException">The header is missing, malformed, or lacks a column.</exception>
    public static async IAsyncEnumerable<AssessmentCsvRow> ReadAsync(
        Stream stream,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var text = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: false), true, 1 << 16, leaveOpen: true);
        var reader = new BoundedCsvReader(text, CsvLimits.Assessments);
        var fields = new List<string>(AssessmentColumns.Names.Count);

        var status = await reader.ReadAsync(fields, cancellationToken);
        if (status == CsvReadStatus.End)
        {
            throw new AssessmentCsvException("The file is empty: expected a header line.");
        }

        if (status == CsvReadStatus.Malformed)
        {
            throw new AssessmentCsvException($"Header on line {reader.LineNumber} is malformed: {reader.Error}.");
        }

        var order = MapHeader(fields, reader.LineNumber);
        var parser = new AssessmentRowParser(order);
        while ((status = await reader.ReadAsync(fields, cancellationToken)) != CsvReadStatus.End)
        {
            if (status == CsvReadStatus.Malformed)
            {
                yield return new AssessmentCsvRow(reader.LineNumber, null, reader.Error);
                continue;
            }

            var record = parser.Parse(fields, out var error);
            yield return new AssessmentCsvRow(reader.LineNumber, record, error);
        }
    }

    /// <summary>For each canonical column, its index in the file.</summary>
    private static int[] MapHeader(List<string> header, long line)
    {
        var order = new int[AssessmentColumns.Names.Count];
        Array.Fill(order, -1);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            var column = -1;
            for (var c = 0; c < AssessmentColumns.Names.Count; c++)
            {
                if (string.Equals(name, AssessmentColumns.Names[c], StringComparison.Ordinal))
                {
                    column = c;
                    break;
                }
            }

            if (column < 0)
            {
                throw new AssessmentCsvException($"Header on line {line}: unknown column {i + 1}.");
            }

            if (order[column] >= 0)
            {
                throw new AssessmentCsvException($"Header on line {line}: column '{AssessmentColumns.Names[column]}' appears twice.");
            }

            order[column] = i;
        }

        for (var c = 0; c < order.Length; c++)
        {
            if (order[c] < 0)
            {
                throw new AssessmentCsvException($"Header on line {line}: missing column '{AssessmentColumns.Names[c]}'.");
            }
        }

        return order;
    }
}
