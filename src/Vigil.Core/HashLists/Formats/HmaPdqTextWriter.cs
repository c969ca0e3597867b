using System.Globalization;
using System.Text;

namespace Vigil.Core.HashLists.Formats;

/// <summary>Writes PDQ records as HMA/ThreatExchange text, <c>hash[,quality]</c> per line; other kinds are skipped.</summary>
public static class HmaPdqTextWriter
{
    /// <returns>Lines written and records skipped because they are not PDQ.</returns>
    public static async Task<(long Written, long Skipped)> WriteAsync(Stream stream, IAsyncEnumerable<HashListRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        long written = 0, skipped = 0;
        await foreach (var r in records.WithCancellation(cancellationToken))
        {
            if (r.Kind != HashListEntryKind.Pdq)
            {
                skipped++;
                continue;
            }

            var line = r.Quality is { } q ? string.Create(CultureInfo.InvariantCulture, $"{r.Value},{q}") : r.Value;
            await writer.WriteLineAsync(line.AsMemory(), cancellationToken);
            written++;
        }

        await writer.FlushAsync(cancellationToken);
        return (written, skipped);
    }
}
