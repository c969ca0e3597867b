using System.Globalization;
using System.Text;

namespace Vigil.Core.HashLists.Formats;

/// <summary>Writes records as the CSV that <see cref="CsvHashListReader"/> reads (UTF-8, no BOM, LF).</summary>
public static class CsvHashListWriter
{
    public const string Header = "kind,value,category,ai,source,note,quality,frames";

    public static async Task<long> WriteAsync(Stream stream, IAsyncEnumerable<HashListRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        await writer.WriteLineAsync(Header.AsMemory(), cancellationToken);
        long written = 0;
        await foreach (var r in records.WithCancellation(cancellationToken))
        {
            var ai = r.AiGenerated switch { true => "true", false => "false", null => string.Empty };
            var quality = r.Quality?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
            var line = string.Join(',', HashValues.Name(r.Kind), r.Value, CsvFields.Escape(r.Category), ai, CsvFields.Escape(r.Source), CsvFields.Escape(SingleLine(r.Note)), quality, CsvFields.Escape(r.Frames?.TrimEnd('\n').Replace('\n', ';')));
            await writer.WriteLineAsync(line.AsMemory(), cancellationToken);
            written++;
        }

        await writer.FlushAsync(cancellationToken);
        return written;
    }

    // A row is one line (the reader does not join lines), so line breaks inside a note become spaces.
    private static string? SingleLine(string? text) =>
        text?.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
}
