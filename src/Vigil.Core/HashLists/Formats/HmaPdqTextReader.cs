using System.Globalization;
using System.Runtime.CompilerServices;

namespace Vigil.Core.HashLists.Formats;

/// <summary>
/// HMA/ThreatExchange PDQ text: one <c>hash[,quality]</c> per line (64 hex characters, quality 0..100).
/// Blank lines and '#' comments are skipped; bad rows are reported with their line and skipped.
/// </summary>
public static class HmaPdqTextReader
{
    public static async IAsyncEnumerable<HashListRecord> ReadAsync(Stream stream, HashListReadReport report, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(report);
        using var lines = new Utf8LineReader(stream);
        while (await lines.ReadLineAsync(cancellationToken) is { } read)
        {
            var line = lines.LineNumber;
            if (read.TooLong)
            {
                report.Bad(line, $"the row is longer than {Utf8LineReader.MaxLineBytes} bytes");
                continue;
            }

            var text = TextRows.Decode(read.Line.Span);
            if (TextRows.IsBlankOrComment(text))
            {
                continue;
            }

            var parts = text.Split(',');
            if (parts.Length > 2)
            {
                report.Bad(line, "expected hash or hash,quality");
                continue;
            }

            if (!HashValues.TryNormalize(HashListEntryKind.Pdq, parts[0], out var value, out var error))
            {
                report.Bad(line, error);
                continue;
            }

            int? quality = null;
            if (parts.Length == 2)
            {
                if (!int.TryParse(parts[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var q) || q > 100)
                {
                    report.Bad(line, "quality must be an integer 0..100");
                    continue;
                }

                quality = q;
            }

            report.Good();
            yield return new HashListRecord { Kind = HashListEntryKind.Pdq, Value = value, Quality = quality, Line = line };
        }
    }
}
